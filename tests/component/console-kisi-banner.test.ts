import { flushPromises, mount, RouterLinkStub } from '@vue/test-utils'
import { beforeEach, describe, expect, it } from 'vitest'
import type { KisiStatus } from '@shared/ipc/kisi-calls'
import type { StaffRole } from '@shared/schemas/staff-access'
import KisiConnectionBanner from '@renderer/components/console/KisiConnectionBanner.vue'
import { useKisiStore } from '@renderer/stores/kisi'
import { useStaffStore } from '@renderer/stores/staff'
import type { Result } from '@shared/ipc/result'
import { createFakeKiosk, type FakeKiosk } from './fake-kiosk'
import { connectedStatus } from './kisi-status-fixtures'

const connected: KisiStatus = connectedStatus

let fake: FakeKiosk
beforeEach(() => {
  fake = createFakeKiosk()
})

function mountAs(role: StaffRole, state: KisiStatus['state']) {
  const options = fake.mountOptions()
  useStaffStore().status = { pinsConfigured: true, lockedUntil: null, session: { role, expiresAt: new Date(Date.now() + 60_000).toISOString(), idleMinutes: 10 } }
  useKisiStore().status = { ...connected, state }
  return mount(KisiConnectionBanner, { global: options })
}

describe('KisiConnectionBanner', () => {
  it.each(['connected', 'not-connected'] as const)('stays away while Kisi is %s', (state) => {
    expect(mountAs('manager', state).find('[data-testid="kisi-connection-banner"]').exists()).toBe(false)
  })

  it('sends a manager to the Kisi tab when the key is no longer valid', () => {
    const banner = mountAs('manager', 'key-invalid').get('[data-testid="kisi-connection-banner"]')
    expect(banner.attributes('role')).toBe('alert')
    expect(banner.text()).toContain('Kisi connection lost')
    expect(banner.text()).toContain('Kisi no longer accepts the kiosk’s key.')
    const link = banner.getComponent(RouterLinkStub)
    expect(link.props('to')).toEqual({ name: 'console-kisi' })
    expect(link.text()).toBe('Reconnect on the Kisi tab')
  })

  it('asks reception to fetch a manager, with no link to a tab they cannot open', () => {
    const banner = mountAs('reception', 'unreachable').get('[data-testid="kisi-connection-banner"]')
    expect(banner.text()).toContain('Kisi cannot be reached right now.')
    expect(banner.text()).toContain('Ask a manager to reconnect Kisi.')
    expect(banner.findComponent(RouterLinkStub).exists()).toBe(false)
  })

  it('keeps a pushed lost connection over a status answer that was already on its way', async () => {
    const wrapper = mountAs('manager', 'connected')
    let answer: (result: Result<KisiStatus>) => void = () => undefined
    fake.calls['kisi.status'].mockImplementation(() => new Promise((resolve) => (answer = resolve)))
    const loading = useKisiStore().loadStatus()
    fake.emit('kisi.statusChanged', { ...connected, state: 'key-invalid' })
    answer({ ok: true, value: connected })
    await loading
    await flushPromises()
    expect(wrapper.find('[data-testid="kisi-connection-banner"]').exists()).toBe(true)
  })
})
