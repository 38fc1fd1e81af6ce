import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter, type Router } from 'vue-router'
import type { CheckInOutcome } from '@shared/schemas/visit'
import { useCheckInStore } from '@renderer/stores/check-in'
import { useKioskStatusStore } from '@renderer/stores/kiosk-status'
import CheckInResultView from '@renderer/views/visitor/CheckInResultView.vue'
import { createFakeKiosk, ok, type FakeKiosk } from './fake-kiosk'

let fake: FakeKiosk
let router: Router

/** Attached to the document when a test follows focus. */
async function mountResult(outcome: CheckInOutcome, passDisplaySeconds = 10, attached = false): Promise<VueWrapper> {
  useKioskStatusStore().status = { organisationName: 'Frontdesk', language: 'en', idleTimeoutSeconds: 60, passDisplaySeconds, accessLinkBase: 'https://web.kisi.io/grouplinks/', appVersion: '0.1.0' }
  useCheckInStore().outcome = outcome
  router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', name: 'welcome', component: { render: () => null } },
      { path: '/check-in/result', name: 'check-in-result', component: CheckInResultView },
    ],
  })
  await router.push('/check-in/result')
  const { plugins } = fake.mountOptions()
  return mount(CheckInResultView, { global: { plugins: [...plugins, router] }, ...(attached ? { attachTo: document.body } : {}) })
}

const claim = 'claim-of-this-screen-0123456789'
const waiting = { outcome: 'access-pending', visitorName: 'Ada Lovelace', claim } as const
const issued = {
  outcome: 'pass',
  pass: { visitId: 'v1', visitorName: 'Ada Lovelace', visitTypeName: 'Guest', linkUrl: 'https://web.kisi.io/grouplinks/Late_0123456789', passCode: 'M2XA-K7QF', doorNames: ['Main Entrance'], validUntil: new Date(Date.now() + 3_600_000).toISOString() },
} as const

const countdown = (wrapper: VueWrapper): string => wrapper.find('[data-testid="return-countdown"]').text()

describe('CheckInResultView', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    fake = createFakeKiosk()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('counts down the configured seconds, then returns to welcome and forgets the visitor', async () => {
    const wrapper = await mountResult(waiting, 10)
    expect(countdown(wrapper)).toBe('Back to the start screen in 10 s')
    expect(wrapper.text()).toContain('Your access will be ready shortly — please see reception.')

    await vi.advanceTimersByTimeAsync(4_000)
    expect(countdown(wrapper)).toBe('Back to the start screen in 6 s')
    expect(router.currentRoute.value.name).toBe('check-in-result')

    await vi.advanceTimersByTimeAsync(6_000)
    await flushPromises()
    expect(router.currentRoute.value.name).toBe('welcome')
    expect(useCheckInStore().outcome).toBeNull()
    wrapper.unmount()
  })

  it('returns at once on Done', async () => {
    const wrapper = await mountResult({ outcome: 'welcome', visitorName: 'Ada Lovelace', hostName: 'Grace Hopper', hostNotified: false })
    expect(wrapper.find('h1').text()).toBe('Welcome, Ada Lovelace!')
    expect(wrapper.text()).toContain('Please take a seat. Reception sees that you have arrived and will let Grace Hopper know.')
    await wrapper.find('button').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.name).toBe('welcome')
    wrapper.unmount()
  })

  it('says the host is being told only when a notification goes out', async () => {
    const wrapper = await mountResult({ outcome: 'welcome', visitorName: 'Ada Lovelace', hostName: 'Grace Hopper', hostNotified: true })
    expect(wrapper.text()).toContain('Please take a seat. We are letting Grace Hopper know that you are here.')
    wrapper.unmount()
  })

  it('sends a held visitor to reception without a reason', async () => {
    const wrapper = await mountResult({ outcome: 'see-reception', visitorName: 'Mallory Mayhem' })
    expect(wrapper.find('h1').text()).toBe('Thank you, Mallory Mayhem.')
    expect(wrapper.find('.check-in-result__message').text()).toBe('Please see reception.')
    expect(wrapper.text()).not.toMatch(/approv|deny|list/i)
    wrapper.unmount()
  })

  describe('a link that comes while the visitor reads "ready shortly"', () => {
    it('appears the moment main says so, asked for with this screen’s claim, with the whole display time', async () => {
      fake.calls['visits.pendingPass'].mockImplementation(() => ok(issued))
      const wrapper = await mountResult(waiting, 30, true)
      await vi.advanceTimersByTimeAsync(5_000)
      expect(wrapper.find('[data-testid="visitor-pass"]').exists()).toBe(false)
      wrapper.find<HTMLButtonElement>('button').element.focus()

      fake.emit('visits.claimedAccessChanged', {})
      await flushPromises()
      expect(fake.calls['visits.pendingPass']).toHaveBeenCalledWith({ claim })
      expect(wrapper.find('h1').text()).toBe('You are checked in')
      expect(document.activeElement).toBe(wrapper.find('h1').element)
      expect(wrapper.find('[data-testid="pass-name"]').text()).toBe('Ada Lovelace')
      expect(countdown(wrapper)).toBe('Back to the start screen in 30 s')
      wrapper.unmount()
    })

    it('is asked for again every few seconds, in case the event was missed, and sends to reception if Kisi refused', async () => {
      fake.calls['visits.pendingPass'].mockImplementation(() => ok(waiting))
      const wrapper = await mountResult(waiting, 60)
      await vi.advanceTimersByTimeAsync(10_000)
      expect(fake.calls['visits.pendingPass']).toHaveBeenCalledTimes(1)
      expect(wrapper.text()).toContain('Your access will be ready shortly — please see reception.')

      fake.calls['visits.pendingPass'].mockImplementation(() => ok({ outcome: 'see-reception', visitorName: 'Ada Lovelace' }))
      await vi.advanceTimersByTimeAsync(10_000)
      expect(wrapper.find('.check-in-result__message').text()).toBe('Please see reception.')
      await vi.advanceTimersByTimeAsync(30_000)
      expect(fake.calls['visits.pendingPass']).toHaveBeenCalledTimes(2)
      wrapper.unmount()
    })

    it('is no longer asked for once the screen has returned to welcome', async () => {
      fake.calls['visits.pendingPass'].mockImplementation(() => ok(waiting))
      const wrapper = await mountResult(waiting, 10)
      await vi.advanceTimersByTimeAsync(10_000)
      await flushPromises()
      expect(router.currentRoute.value.name).toBe('welcome')
      wrapper.unmount()
      const asked = fake.calls['visits.pendingPass'].mock.calls.length
      fake.emit('visits.claimedAccessChanged', {})
      await vi.advanceTimersByTimeAsync(30_000)
      expect(fake.calls['visits.pendingPass']).toHaveBeenCalledTimes(asked)
    })
  })
})
