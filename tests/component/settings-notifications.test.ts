import { flushPromises, mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it } from 'vitest'
import type { NotificationStatus } from '@shared/schemas/arrival-notifications'
import SettingsNotifications from '@renderer/components/settings/SettingsNotifications.vue'
import { createFakeKiosk, fail, ok, type FakeKiosk } from './fake-kiosk'

const off: NotificationStatus = { configured: false, target: null, lastDelivery: null, dailySummary: { enabled: false, lastSentDay: null } }
const on: NotificationStatus = { configured: true, target: 'hooks.slack.com', lastDelivery: null, dailySummary: { enabled: false, lastSentDay: null } }

let fake: FakeKiosk
beforeEach(() => {
  fake = createFakeKiosk()
})

describe('SettingsNotifications', () => {
  it('checks the address before sending it, then shows only where arrivals go', async () => {
    fake.calls['notifications.status'].mockImplementation(() => ok(off))
    fake.calls['notifications.configure'].mockImplementation(() => ok(on))
    const wrapper = mount(SettingsNotifications, { global: fake.mountOptions() })
    await flushPromises()
    expect(wrapper.get('[data-testid="notifications-target"]').text()).toBe('Arrivals are not posted anywhere yet.')

    await wrapper.get('input[name="webhookUrl"]').setValue('http://hooks.example.com/x')
    await wrapper.get('form').trigger('submit')
    expect(wrapper.text()).toContain('Use an https:// address, such as a Slack or Teams incoming webhook')
    expect(fake.calls['notifications.configure']).not.toHaveBeenCalled()

    await wrapper.get('input[name="webhookUrl"]').setValue('https://hooks.slack.com/services/T0/B0/secret')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(fake.calls['notifications.configure']).toHaveBeenCalledWith({ webhookUrl: 'https://hooks.slack.com/services/T0/B0/secret' })
    expect(wrapper.get('[data-testid="notifications-target"]').text()).toBe('Arrivals are posted to hooks.slack.com.')
    expect((wrapper.get('input[name="webhookUrl"]').element as HTMLInputElement).value).toBe('')
  })

  it('says in words when the test message fails, and shows the failed delivery', async () => {
    const failed: NotificationStatus = { ...on, lastDelivery: { at: new Date().toISOString(), ok: false, reason: 'webhookNotDelivered', params: {} } }
    fake.calls['notifications.status'].mockImplementationOnce(() => ok(on)).mockImplementation(() => ok(failed))
    fake.calls['notifications.test'].mockImplementation(() =>
      fail({ code: 'not_available', message: 'The notification could not be delivered.', reason: 'webhookNotDelivered' }),
    )
    const wrapper = mount(SettingsNotifications, { global: fake.mountOptions() })
    await flushPromises()
    await wrapper.findAll('button').find((button) => button.text() === 'Send a test message')!.trigger('click')
    await flushPromises()
    expect(wrapper.get('[role="alert"]').text()).toBe('The notification could not be delivered. Check the webhook address, and that the webhook still exists.')
    expect(wrapper.get('[data-testid="notifications-last"]').text()).toMatch(/^Last message, \d\d:\d\d: The notification could not be delivered\. Check the webhook address, and that the webhook still exists\.$/)
  })

  it('says when a saved address cannot be read here, and still offers to stop', async () => {
    fake.calls['notifications.status'].mockImplementation(() => ok({ ...on, target: null }))
    const wrapper = mount(SettingsNotifications, { global: fake.mountOptions() })
    expect(wrapper.get('[role="status"]').text()).toBe('Loading…')
    await flushPromises()
    expect(wrapper.get('[data-testid="notifications-target"]').text()).toMatch(/^An address is saved, but it cannot be read on this computer/)
    expect(wrapper.findAll('button').map((button) => button.text())).toContain('Stop notifications')
  })

  it('stops notifications', async () => {
    fake.calls['notifications.status'].mockImplementation(() => ok(on))
    fake.calls['notifications.configure'].mockImplementation(() => ok(off))
    const wrapper = mount(SettingsNotifications, { global: fake.mountOptions() })
    await flushPromises()
    await wrapper.findAll('button').find((button) => button.text() === 'Stop notifications')!.trigger('click')
    await flushPromises()
    expect(fake.calls['notifications.configure']).toHaveBeenCalledWith({ webhookUrl: null })
    expect(wrapper.get('[role="status"]').text()).toBe('Arrivals are no longer posted.')
  })
})
