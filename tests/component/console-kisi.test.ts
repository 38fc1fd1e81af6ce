import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { beforeEach, describe, expect, it } from 'vitest'
import type { KisiStatus } from '@shared/ipc/kisi-calls'
import ConsoleKisiView from '@renderer/views/console/ConsoleKisiView.vue'
import { createFakeKiosk, failByKisi, ok, type FakeKiosk } from './fake-kiosk'

const connected: KisiStatus = {
  state: 'connected',
  organisationName: 'Demo Organization',
  connectedAs: 'admin@demo.example',
  baseUrl: 'https://api.kisi.io',
  accessLinkBaseUrl: 'https://web.kisi.io/grouplinks/',
  demo: false,
  place: { id: 3, name: 'Demo HQ' },
  inAppUnlock: false,
  pendingWrites: 0,
}

let fake: FakeKiosk
beforeEach(() => {
  fake = createFakeKiosk()
})

async function chooseMethod(wrapper: VueWrapper, label: string): Promise<void> {
  await wrapper.findAll('button').find((button) => button.text().startsWith(label))!.trigger('click')
}

async function mountWith(status: KisiStatus) {
  fake.calls['kisi.status'].mockImplementation(() => ok(status))
  const wrapper = mount(ConsoleKisiView, { global: fake.mountOptions() })
  await flushPromises()
  return wrapper
}

describe('ConsoleKisiView', () => {
  it.each([
    { status: { ...connected, pendingWrites: 2 }, words: 'Connected as admin@demo.example to organisation Demo Organization.', pending: '2 Kisi writes waiting' },
    { status: { ...connected, state: 'not-connected', organisationName: null, connectedAs: null }, words: 'Not connected.', pending: 'No Kisi writes waiting.' },
    { status: { ...connected, state: 'key-invalid', pendingWrites: 1 }, words: 'Kisi no longer accepts this kiosk’s API key — sign in again to reconnect.', pending: '1 Kisi write waiting' },
    { status: { ...connected, state: 'unreachable' }, words: 'Kisi cannot be reached right now.', pending: 'No Kisi writes waiting.' },
  ] as { status: KisiStatus; words: string; pending: string }[])('words the $status.state state', async ({ status, words, pending }) => {
    const wrapper = await mountWith(status)
    expect(wrapper.get('[data-testid="kisi-status"]').text()).toContain(words)
    expect(wrapper.get('[data-testid="kisi-pending-writes"]').text()).toContain(pending)
    if (status.state !== 'not-connected') expect(wrapper.get('[data-testid="kisi-place"]').text()).toBe('Place: Demo HQ')
    const disconnect = wrapper.findAll('button').some((button) => button.text() === 'Disconnect')
    expect(disconnect).toBe(status.state !== 'not-connected')
  })

  it('follows kisi.statusChanged', async () => {
    const wrapper = await mountWith(connected)
    fake.emit('kisi.statusChanged', { ...connected, state: 'unreachable' })
    await flushPromises()
    expect(wrapper.get('[data-testid="kisi-status"]').text()).toContain('Kisi cannot be reached right now.')
  })

  it('checks the API-key form, then connects with the key and the addresses', async () => {
    const wrapper = await mountWith({ ...connected, state: 'not-connected', place: null })
    await chooseMethod(wrapper, 'Use an API key')
    await wrapper.get('input[name="apiKey"]').setValue('short')
    await wrapper.get('input[name="baseUrl"]').setValue('ftp://kisi')
    await wrapper.get('form').trigger('submit')
    expect(wrapper.text()).toContain('Paste the whole API key')
    expect(wrapper.text()).toContain('Enter an address starting with https://')
    expect(fake.calls['kisi.connect']).not.toHaveBeenCalled()

    fake.calls['kisi.connect'].mockImplementation(() => ok(connected))
    await wrapper.get('input[name="apiKey"]').setValue('  a-long-api-key-123  ')
    await wrapper.get('input[name="baseUrl"]').setValue('https://api.kisi.io')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(fake.calls['kisi.connect']).toHaveBeenCalledWith({ apiKey: 'a-long-api-key-123', baseUrl: 'https://api.kisi.io', accessLinkBaseUrl: 'https://web.kisi.io/grouplinks/' })
    expect(wrapper.get('[data-testid="kisi-status"]').text()).toContain('Connected as admin@demo.example')
    expect(wrapper.find('[data-testid="kisi-wizard"]').exists()).toBe(false)
  })

  it('shows Kisi\'s refusal in its own words', async () => {
    fake.calls['kisi.connect'].mockImplementation(() =>
      failByKisi('kisiKeyRefused', {
        kisiCode: 'http_401',
        kisiMessage: 'The Kisi API key is no longer valid.',
        kisiHint: 'A changed Kisi password invalidates its keys. A manager can reconnect Kisi on the Kisi tab of the staff console.',
      }),
    )
    const wrapper = await mountWith({ ...connected, state: 'not-connected' })
    await chooseMethod(wrapper, 'Use an API key')
    await wrapper.get('input[name="apiKey"]').setValue('a-long-api-key-123')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(wrapper.get('[role="alert"]').text()).toBe(
      'The Kisi API key is no longer valid. A changed Kisi password invalidates its keys. A manager can reconnect Kisi on the Kisi tab of the staff console.',
    )
  })

  it('asks before disconnecting', async () => {
    fake.calls['kisi.disconnect'].mockImplementation(() => ok(null))
    const wrapper = await mountWith(connected)
    const click = (label: string) => wrapper.findAll('button').find((button) => button.text() === label)!.trigger('click')
    await click('Disconnect')
    expect(wrapper.text()).toContain('Disconnect Kisi?')
    await click('Keep')
    expect(fake.calls['kisi.disconnect']).not.toHaveBeenCalled()

    await click('Disconnect')
    fake.calls['kisi.status'].mockImplementation(() => ok({ ...connected, state: 'not-connected' }))
    await click('Yes, disconnect')
    await flushPromises()
    expect(fake.calls['kisi.disconnect']).toHaveBeenCalled()
    expect(wrapper.get('[data-testid="kisi-status"]').text()).toContain('Not connected.')
    expect(wrapper.find('[data-testid="kisi-wizard"]').exists()).toBe(true)
  })
})
