import { mount, type VueWrapper } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import { createI18n } from 'vue-i18n'
import PinPad from '@renderer/components/PinPad.vue'
import { en } from '@renderer/locales/en'

/** Mounted as a parent would with v-model, so the pad is controlled by its modelValue. */
function mountPad(props: Record<string, unknown> = {}): VueWrapper {
  const i18n = createI18n({ legacy: false, locale: 'en', messages: { en } })
  const wrapper: VueWrapper = mount(PinPad, {
    props: {
      modelValue: '',
      label: 'Enter your staff PIN',
      submitLabel: 'Unlock',
      'onUpdate:modelValue': (value: string) => wrapper.setProps({ modelValue: value }),
      ...props,
    },
    global: { plugins: [i18n] },
    attachTo: document.body,
  }) as VueWrapper
  return wrapper
}

async function press(key: string): Promise<void> {
  window.dispatchEvent(new KeyboardEvent('keydown', { key }))
  await nextTick()
}

async function tapDigits(wrapper: VueWrapper, digits: string): Promise<void> {
  for (const digit of digits) {
    await wrapper.findAll('button').find((candidate) => candidate.text() === digit)!.trigger('click')
  }
}

describe('PinPad', () => {
  it('builds the PIN from taps and shows one dot per digit', async () => {
    const wrapper = mountPad()
    await tapDigits(wrapper, '246')
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual(['246'])
    expect(wrapper.findAll('.pin-pad__dot')).toHaveLength(3)
    expect(wrapper.text()).not.toContain('246')
    wrapper.unmount()
  })

  it('takes digits, Backspace and Enter from a physical keyboard', async () => {
    const wrapper = mountPad({ modelValue: '24' })
    await press('6')
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual(['246'])
    await press('Backspace')
    await press('Backspace')
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual(['2'])
    await press('Enter')
    expect(wrapper.emitted('submit')).toEqual([['2']])
    wrapper.unmount()
  })

  it('ignores everything while disabled and stops at the maximum length', async () => {
    const disabled = mountPad({ modelValue: '1', disabled: true })
    await press('5')
    await press('Enter')
    expect(disabled.emitted('update:modelValue')).toBeUndefined()
    expect(disabled.emitted('submit')).toBeUndefined()
    disabled.unmount()

    const full = mountPad({ modelValue: '1234', maxLength: 4 })
    await press('5')
    expect(full.emitted('update:modelValue')).toBeUndefined()
    full.unmount()
  })

  it('stops listening to the keyboard once unmounted', async () => {
    const wrapper = mountPad({ modelValue: '' })
    wrapper.unmount()
    await press('5')
    expect(wrapper.emitted('update:modelValue')).toBeUndefined()
  })
})
