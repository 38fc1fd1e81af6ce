import { mount, type VueWrapper } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import { createI18n } from 'vue-i18n'
import type { PublicVisitType } from '@shared/schemas/visit'
import VisitorDetailsForm from '@renderer/components/visitor/VisitorDetailsForm.vue'
import { en } from '@renderer/locales/en'

const guest: PublicVisitType = {
  id: 'guest',
  name: 'Guest',
  fields: { email: 'optional', phone: 'off', company: 'off', host: 'required', purpose: 'off' },
  agreement: null,
  opensDoors: true,
  checkInOpen: true,
  checkInHours: { days: [1, 2, 3, 4, 5, 6, 7], from: '00:00', until: '23:59' },
}

/** Mounted as the details screen uses it: v-model on the values, main's field errors as a prop. */
function mountForm(props: Record<string, unknown> = {}): VueWrapper {
  const i18n = createI18n({ legacy: false, locale: 'en', messages: { en } })
  const wrapper: VueWrapper = mount(VisitorDetailsForm, {
    props: {
      visitType: guest,
      modelValue: {},
      submitLabel: 'Check in',
      'onUpdate:modelValue': (value: Record<string, string>) => wrapper.setProps({ modelValue: value }),
      ...props,
    },
    global: { plugins: [i18n] },
    attachTo: document.body,
  }) as VueWrapper
  return wrapper
}

const labels = (wrapper: VueWrapper): string[] => wrapper.findAll('.visitor-details-field__label').map((label) => label.text())

describe('VisitorDetailsForm', () => {
  it('asks for the name and the fields the type turns on, marking the optional ones', () => {
    const wrapper = mountForm()
    expect(labels(wrapper)).toEqual(['Full name', 'E-mail (optional)', 'Who are you visiting?'])
    expect(wrapper.find('input[name="phone"]').exists()).toBe(false)
    expect(wrapper.find('input[name="email"]').attributes('inputmode')).toBe('email')
    wrapper.unmount()
  })

  it('shows the shared rules’ messages by their fields and does not submit', async () => {
    const wrapper = mountForm()
    await wrapper.find('input[name="name"]').setValue('A')
    await wrapper.find('input[name="email"]').setValue('ada@')
    await wrapper.find('form').trigger('submit')
    expect(wrapper.emitted('submit')).toBeUndefined()
    expect(wrapper.find('[data-testid="error-name"]').text()).toBe('Enter your full name')
    expect(wrapper.find('[data-testid="error-email"]').text()).toBe('Enter an e-mail address such as name@example.com')
    expect(wrapper.find('[data-testid="error-host"]').text()).toBe('Enter the name of the person you are visiting')
    expect(wrapper.find('input[name="email"]').attributes('aria-invalid')).toBe('true')
    wrapper.unmount()
  })

  it('checks a field when the visitor leaves it and clears the message once it is right', async () => {
    const wrapper = mountForm()
    const email = wrapper.find('input[name="email"]')
    await email.setValue('ada@')
    expect(wrapper.find('[data-testid="error-email"]').exists()).toBe(false)
    await email.trigger('blur')
    expect(wrapper.find('[data-testid="error-email"]').exists()).toBe(true)
    await email.setValue('ada@example.com')
    expect(wrapper.find('[data-testid="error-email"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('submits when required fields are filled and an optional one is left empty', async () => {
    const wrapper = mountForm()
    await wrapper.find('input[name="name"]').setValue('Ada Lovelace')
    await wrapper.find('input[name="host"]').setValue('Grace Hopper')
    await wrapper.find('form').trigger('submit')
    expect(wrapper.emitted('submit')).toHaveLength(1)
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual([{ name: 'Ada Lovelace', host: 'Grace Hopper' }])
    wrapper.unmount()
  })

  it('shows main’s field errors by their field until that field is changed', async () => {
    // As the check-in store hands them on: worded, keyed by the path from the request's root.
    const serverErrors = { 'visitor.email': 'Enter an e-mail address such as name@example.com' }
    const wrapper = mountForm({ modelValue: { name: 'Ada Lovelace', host: 'Grace Hopper', email: 'ada@example' }, serverErrors })
    expect(wrapper.find('[data-testid="error-email"]').text()).toBe('Enter an e-mail address such as name@example.com')
    expect(wrapper.find('[data-testid="error-name"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="error-host"]').exists()).toBe(false)
    await wrapper.find('input[name="email"]').setValue('ada@example.org')
    expect(wrapper.find('[data-testid="error-email"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('ignores submitting while a check-in is on its way', async () => {
    const wrapper = mountForm({ modelValue: { name: 'Ada Lovelace', host: 'Grace Hopper' }, disabled: true })
    await wrapper.find('form').trigger('submit')
    expect(wrapper.emitted('submit')).toBeUndefined()
    expect(wrapper.find('button[type="submit"]').attributes('disabled')).toBeDefined()
    wrapper.unmount()
  })

  it('refuses a name without a letter by its field, in words', async () => {
    const wrapper = mountForm({ modelValue: { host: 'Grace Hopper' } })
    await wrapper.find('input[name="name"]').setValue('😀😀')
    await wrapper.find('form').trigger('submit')
    expect(wrapper.emitted('submit')).toBeUndefined()
    expect(wrapper.find('[data-testid="error-name"]').text()).toBe('Write your name in letters')
    wrapper.unmount()
  })

  it('holds each field to the shared schema’s limit and shows the count before it bites', async () => {
    const wrapper = mountForm()
    const name = wrapper.find('input[name="name"]')
    expect(name.attributes('maxlength')).toBe('100')
    expect(wrapper.find('input[name="host"]').attributes('maxlength')).toBe('100')
    await name.setValue('A'.repeat(79))
    expect(wrapper.find('[data-testid="count-name"]').exists()).toBe(false)
    await name.setValue('A'.repeat(80))
    expect(wrapper.find('[data-testid="count-name"]').text()).toBe('80 of 100 characters')
    expect(name.attributes('aria-describedby')).toContain('visitor-name-count')
    wrapper.unmount()
  })

  it('says so when a paste was longer than the field holds, instead of cutting it silently', async () => {
    const wrapper = mountForm()
    const name = wrapper.find('input[name="name"]')
    const clipboardData = new DataTransfer()
    clipboardData.setData('text/plain', `Ada ${'Lovelace '.repeat(20)}`)
    name.element.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true }))
    // The browser's maxlength keeps the first 100 characters of the paste.
    await name.setValue(`Ada ${'Lovelace '.repeat(20)}`.slice(0, 100))
    const note = wrapper.find('[data-testid="note-name"]')
    expect(note.attributes('role')).toBe('status')
    expect(note.text()).toBe('That was longer than 100 characters: only the first 100 were kept. Please check the end.')
    await name.setValue('Ada Lovelace')
    expect(wrapper.find('[data-testid="note-name"]').text()).toBe('')
    wrapper.unmount()
  })

  it('takes the visitor to the first field to fix after a refused submit', async () => {
    const wrapper = mountForm()
    await wrapper.find('input[name="name"]').setValue('Ada Lovelace')
    await wrapper.find('input[name="email"]').setValue('ada@')
    await wrapper.find('form').trigger('submit')
    await nextTick()
    expect(document.activeElement).toBe(wrapper.find('input[name="email"]').element)
    wrapper.unmount()
  })

  it('starts at the field main refused when the form comes back with its answer', () => {
    const serverErrors = { 'visitor.host': 'Enter the name of the person you are visiting' }
    const wrapper = mountForm({ modelValue: { name: 'Ada Lovelace', host: 'x' }, serverErrors })
    expect(document.activeElement).toBe(wrapper.find('input[name="host"]').element)
    wrapper.unmount()
  })
})
