import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ConsoleActionButton from '@renderer/components/console/ConsoleActionButton.vue'
import ConsoleField from '@renderer/components/console/ConsoleField.vue'
import ConsoleFormFooter from '@renderer/components/console/ConsoleFormFooter.vue'

const confirm = { question: 'Disconnect Kisi?', yes: 'Yes, disconnect', no: 'Keep' }

describe('ConsoleActionButton', () => {
  it('acts at once without a question, and waits disabled with a spinner while busy', async () => {
    const wrapper = mount(ConsoleActionButton, { props: { busy: false }, attrs: { class: 'button--quiet' }, slots: { default: 'Repair access' } })
    await wrapper.get('button').trigger('click')
    expect(wrapper.emitted('click')).toHaveLength(1)
    expect(wrapper.get('button').classes()).toEqual(['button--quiet', 'button'])

    await wrapper.setProps({ busy: true })
    const button = wrapper.get('button')
    expect(button.attributes('disabled')).toBeDefined()
    expect(button.attributes('aria-busy')).toBe('true')
    expect(button.find('.console-spinner').exists()).toBe(true)
    expect(button.text()).toBe('Repair access')
  })

  it('asks first and acts only on yes; no puts the button back', async () => {
    const wrapper = mount(ConsoleActionButton, { props: { confirm }, slots: { default: 'Disconnect' } })
    await wrapper.get('button').trigger('click')
    expect(wrapper.emitted('click')).toBeUndefined()
    expect(wrapper.get('[role="group"]').text()).toContain('Disconnect Kisi?')

    await wrapper.findAll('button').find((button) => button.text() === 'Keep')!.trigger('click')
    expect(wrapper.find('[role="group"]').exists()).toBe(false)
    expect(wrapper.get('button').text()).toBe('Disconnect')

    await wrapper.get('button').trigger('click')
    await wrapper.findAll('button').find((button) => button.text() === 'Yes, disconnect')!.trigger('click')
    expect(wrapper.emitted('click')).toHaveLength(1)
    expect(wrapper.find('[role="group"]').exists()).toBe(false)
  })

  it('lets the caller hold the question open, so a list can keep one at a time', async () => {
    const wrapper = mount(ConsoleActionButton, { props: { confirm, confirming: true }, slots: { default: 'Remove' } })
    expect(wrapper.find('[role="group"]').exists()).toBe(true)
    await wrapper.findAll('button').find((button) => button.text() === 'Keep')!.trigger('click')
    expect(wrapper.emitted('update:confirming')).toEqual([[false]])
  })
})

describe('ConsoleField', () => {
  it('labels its input and shows the hint and every error below it', () => {
    const wrapper = mount(ConsoleField, {
      props: { label: 'Names', hint: 'One a line', error: ['Too long', 'Listed twice'] },
      slots: { default: '<textarea name="names" />' },
    })
    expect(wrapper.element.tagName).toBe('LABEL')
    expect(wrapper.find('textarea').exists()).toBe(true)
    expect(wrapper.get('small').text()).toBe('One a line')
    expect(wrapper.findAll('.error-text').map((error) => error.text())).toEqual(['Too long', 'Listed twice'])
  })

  it('shows a single error, and nothing when there is none', async () => {
    const wrapper = mount(ConsoleField, { props: { label: 'Reason', error: 'Say why' } })
    expect(wrapper.get('.error-text').text()).toBe('Say why')
    await wrapper.setProps({ error: null })
    expect(wrapper.find('.error-text').exists()).toBe(false)
  })
})

describe('ConsoleFormFooter', () => {
  it('says what went wrong above the submit button and the status beside it', () => {
    const wrapper = mount(ConsoleFormFooter, {
      props: { label: 'Save', busy: false, error: 'Kisi refused the key.', status: 'Saved.' },
      slots: { default: '<button type="button">Cancel</button>' },
    })
    expect(wrapper.get('[role="alert"]').text()).toBe('Kisi refused the key.')
    expect(wrapper.get('[role="status"]').text()).toBe('Saved.')
    expect(wrapper.findAll('button').map((button) => [button.attributes('type'), button.text()])).toEqual([
      ['submit', 'Save'],
      ['button', 'Cancel'],
    ])
  })

  it('keeps the submit button disabled while busy or not ready', async () => {
    const wrapper = mount(ConsoleFormFooter, { props: { label: 'Save', busy: false, disabled: true } })
    expect(wrapper.get('button').attributes('disabled')).toBeDefined()
    await wrapper.setProps({ disabled: false })
    expect(wrapper.get('button').attributes('disabled')).toBeUndefined()
    await wrapper.setProps({ busy: true })
    expect(wrapper.get('button').attributes('aria-busy')).toBe('true')
    expect(wrapper.get('button').attributes('disabled')).toBeDefined()
  })
})
