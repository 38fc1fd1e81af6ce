import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter, type Router } from 'vue-router'
import type { CheckInOutcome } from '@shared/schemas/visit'
import { useCheckInStore } from '@renderer/stores/check-in'
import { useKioskStatusStore } from '@renderer/stores/kiosk-status'
import CheckInResultView from '@renderer/views/visitor/CheckInResultView.vue'
import { createFakeKiosk, type FakeKiosk } from './fake-kiosk'

let fake: FakeKiosk
let router: Router

async function mountResult(outcome: CheckInOutcome, passDisplaySeconds = 10): Promise<VueWrapper> {
  useKioskStatusStore().status = { organisationName: 'Frontdesk', language: 'en', idleTimeoutSeconds: 60, passDisplaySeconds, appVersion: '0.1.0' }
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
  return mount(CheckInResultView, { global: { plugins: [...plugins, router] } })
}

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
    const wrapper = await mountResult({ outcome: 'access-pending', visitorName: 'Ada Lovelace' }, 10)
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
})
