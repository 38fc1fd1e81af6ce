import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent, h, onMounted, useTemplateRef } from 'vue'
import VisitorScreen from '@renderer/components/visitor/VisitorScreen.vue'

describe('VisitorScreen', () => {
  it('puts focus on its heading when it opens, so a screen reader starts where the visitor now is', () => {
    document.body.innerHTML = '<button id="gone">Next</button>'
    document.querySelector<HTMLButtonElement>('#gone')!.focus()
    const wrapper = mount(VisitorScreen, { props: { title: 'Your details', backLabel: 'Back' }, attachTo: document.body })
    const heading = wrapper.get('h1')
    expect(heading.attributes('tabindex')).toBe('-1')
    expect(document.activeElement).toBe(heading.element)
    wrapper.unmount()
  })

  it('leaves focus where a part of the screen put it on purpose (a refused field)', () => {
    const RefusedField = defineComponent(() => {
      const input = useTemplateRef<HTMLInputElement>('input')
      onMounted(() => input.value?.focus())
      return () => h('input', { ref: 'input', name: 'host' })
    })
    const wrapper = mount(VisitorScreen, { props: { title: 'Your details' }, slots: { default: () => h(RefusedField) }, attachTo: document.body })
    expect(document.activeElement).toBe(wrapper.get('input[name="host"]').element)
    wrapper.unmount()
  })
})
