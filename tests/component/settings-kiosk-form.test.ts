import { flushPromises, mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it } from 'vitest'
import { kioskSettingsSchema, type KioskSettings } from '@shared/schemas/kiosk-settings'
import SettingsKioskForm from '@renderer/components/settings/SettingsKioskForm.vue'
import { createFakeKiosk, ok, type FakeKiosk } from './fake-kiosk'

const defaults: KioskSettings = kioskSettingsSchema.parse({})

let fake: FakeKiosk
beforeEach(() => {
  fake = createFakeKiosk()
})

function mountForm() {
  return mount(SettingsKioskForm, { props: { settings: defaults }, global: fake.mountOptions() })
}

describe('SettingsKioskForm', () => {
  it('offers how long the visitor’s pass stays on screen, and saves it', async () => {
    fake.calls['settings.update'].mockImplementation((patch) => ok({ ...defaults, ...(patch as object) }))
    const wrapper = mountForm()
    const field = wrapper.get('input[name="passDisplaySeconds"]')
    expect((field.element as HTMLInputElement).value).toBe('45')
    expect(field.element.closest('label')?.textContent).toContain('Keep the visitor’s pass on screen for (seconds)')

    await field.setValue('120')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(fake.calls['settings.update']).toHaveBeenCalledWith(expect.objectContaining({ passDisplaySeconds: 120 }))
    expect(wrapper.text()).toContain('Settings saved.')
  })

  it.each([
    ['5', 'Use at least 10 seconds'],
    ['301', 'Use at most 300 seconds'],
  ])('refuses %s seconds by the field, without saving', async (value, message) => {
    const wrapper = mountForm()
    const field = wrapper.get('input[name="passDisplaySeconds"]')
    await field.setValue(value)
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(field.element.closest('label')?.textContent).toContain(message)
    expect(fake.calls['settings.update']).not.toHaveBeenCalled()
  })
})
