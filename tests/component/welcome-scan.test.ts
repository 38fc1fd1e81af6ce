import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { createMemoryHistory, createRouter, RouterView, type Router } from 'vue-router'
import { useScans } from '@renderer/composables/use-scans'
import { visitorRoutes } from '@renderer/routes/visitor-routes'
import { useCheckOutStore } from '@renderer/stores/check-out'
import { useKioskStatusStore } from '@renderer/stores/kiosk-status'
import WelcomeView from '@renderer/views/WelcomeView.vue'
import { createFakeKiosk, fail, ok, type FakeKiosk } from './fake-kiosk'
import { answerKeyboardReading, scanFromMain, typeAsReader as scan } from './scan-fixtures'

let fake: FakeKiosk
let router: Router
let wrapper: VueWrapper

/** The welcome screen with the app's scan sources around it, as App mounts it. */
const WelcomeWithScans = defineComponent(() => {
  useScans(() => 'anything')
  return () => h(RouterView)
})

async function mountWelcome(): Promise<void> {
  const screen = (name: string, path: string) => ({ name, path, component: { render: () => null } })
  router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', name: 'welcome', component: WelcomeView },
      ...[
        ['check-in', '/check-in'],
        ['staff-pin', '/staff'],
        ['check-in-agreement', '/check-in/agreement'],
        ['check-in-result', '/check-in/result'],
      ].map(([name, path]) => screen(name!, path!)),
      // The real one: entering it from the welcome screen starts check-out afresh.
      visitorRoutes.find((route) => route.name === 'check-out')!,
    ],
  })
  await router.push('/')
  const { plugins, stubs } = fake.mountOptions()
  // Passes are told from other web addresses by the kiosk's link base, as main reports it.
  useKioskStatusStore().status = { organisationName: 'Frontdesk', language: 'en', idleTimeoutSeconds: 60, passDisplaySeconds: 10, accessLinkBase: 'http://127.0.0.1:4010/grouplinks/', appVersion: '0.1.0' }
  wrapper = mount(WelcomeWithScans, { global: { plugins: [...plugins, router], stubs }, attachTo: document.body })
  await flushPromises()
}

describe('a scan at the welcome screen', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    fake = createFakeKiosk()
    answerKeyboardReading(fake)
  })
  afterEach(() => {
    wrapper.unmount()
    vi.useRealTimers()
  })

  it('starts the invitation’s check-in with the scanned code, as the typed code would', async () => {
    fake.calls['visits.inviteAgreement'].mockReturnValueOnce(ok({ visitTypeName: 'Guest', agreement: { text: 'Rules', version: 2 }, confirmWith: 'nothing' }))
    await mountWelcome()
    scan('K7PQ-4X2M')
    await flushPromises()
    expect(fake.calls['visits.inviteAgreement']).toHaveBeenCalledExactlyOnceWith({ inviteCode: 'K7PQ4X2M' })
    expect(router.currentRoute.value.name).toBe('check-in-agreement')
  })

  it('says in neutral words that an unknown invitation code is not found, and stays', async () => {
    fake.calls['visits.inviteAgreement'].mockReturnValueOnce(fail({ code: 'not_found', message: 'none', reason: 'inviteNotFound', params: {} }))
    await mountWelcome()
    scan('ZZZZ-9999')
    await flushPromises()
    expect(router.currentRoute.value.name).toBe('welcome')
    expect(wrapper.get('[data-testid="scan-note"]').text()).toBe('We could not find this invitation. Please see reception.')
    await vi.advanceTimersByTimeAsync(10_000)
    expect(wrapper.find('[data-testid="scan-note"]').exists()).toBe(false)
  })

  it('offers check-out for a scanned pass and checks out only when the visitor taps Check out', async () => {
    fake.calls['visits.checkOutSelf'].mockReturnValueOnce(ok({ visitorName: 'Ada Lovelace' }))
    await mountWelcome()
    scan('http://127.0.0.1:4010/grouplinks/AbC_12-xyz9')
    // The check-out screen loads on demand; the pass is given to it once it is entered.
    await vi.waitFor(() => expect(useCheckOutStore().offeredPass).toBe('http://127.0.0.1:4010/grouplinks/AbC_12-xyz9'))
    expect(router.currentRoute.value.name).toBe('check-out')
    await flushPromises()
    expect(fake.calls['visits.checkOutSelf']).not.toHaveBeenCalled()
    expect(wrapper.text()).toContain('Check out now?')
    const checkOutButton = wrapper.findAll('button').find((button) => button.text() === 'Check out')!
    // Keyboard users are on the answer at once.
    expect(document.activeElement).toBe(checkOutButton.element)

    await checkOutButton.trigger('click')
    await flushPromises()
    expect(fake.calls['visits.checkOutSelf']).toHaveBeenCalledExactlyOnceWith({ passUrl: 'http://127.0.0.1:4010/grouplinks/AbC_12-xyz9' })
    expect(useCheckOutStore().goodbyeName).toBe('Ada')
  })

  it('drops a scanned pass when the visitor cancels, and checks no one out', async () => {
    await mountWelcome()
    scan('http://127.0.0.1:4010/grouplinks/AbC_12-xyz9')
    await vi.waitFor(() => expect(wrapper.text()).toContain('Check out now?'))
    await wrapper.findAll('button').find((button) => button.text() === 'Cancel')!.trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.name).toBe('welcome')
    expect(useCheckOutStore().offeredPass).toBeNull()
    expect(fake.calls['visits.checkOutSelf']).not.toHaveBeenCalled()
  })

  it('takes a pass read by a HID reader in main as it takes a wedge scan', async () => {
    await mountWelcome()
    fake.emit('scanner.scan', scanFromMain({ kind: 'code', text: 'http://127.0.0.1:4010/grouplinks/AbC_12-xyz9' }, 'http://127.0.0.1:4010/grouplinks/AbC_12-xyz9'))
    await vi.waitFor(() => expect(useCheckOutStore().offeredPass).toBe('http://127.0.0.1:4010/grouplinks/AbC_12-xyz9'))
    expect(fake.calls['visits.checkOutSelf']).not.toHaveBeenCalled()
  })

  it('gives a web address that is no pass (a product QR code) the neutral note, not the check-out question', async () => {
    await mountWelcome()
    scan('https://example.com/product/4006381333931')
    await flushPromises()
    expect(router.currentRoute.value.name).toBe('welcome')
    expect(useCheckOutStore().offeredPass).toBeNull()
    expect(wrapper.get('[data-testid="scan-note"]').text()).toContain('not one the kiosk knows')
  })

  it('does nothing but say so for a code the kiosk does not know (a badge number)', async () => {
    await mountWelcome()
    scan('042:12345')
    await flushPromises()
    expect(fake.calls['visits.inviteAgreement']).not.toHaveBeenCalled()
    expect(fake.calls['visits.checkOutSelf']).not.toHaveBeenCalled()
    expect(router.currentRoute.value.name).toBe('welcome')
    expect(wrapper.get('[data-testid="scan-note"]').text()).toContain('not one the kiosk knows')
  })

  it('on the check-out screen, checks out the pass a HID reader reads there, and leaves other codes alone', async () => {
    fake.calls['visits.checkOutSelf'].mockReturnValueOnce(ok({ visitorName: 'Ada Lovelace' }))
    await mountWelcome()
    await router.push({ name: 'check-out' })
    await flushPromises()
    fake.emit('scanner.scan', scanFromMain({ kind: 'code', text: 'K7PQ-4X2M' }, 'K7PQ-4X2M'))
    await flushPromises()
    expect(fake.calls['visits.checkOutSelf']).not.toHaveBeenCalled()

    fake.emit('scanner.scan', scanFromMain({ kind: 'code', text: 'http://127.0.0.1:4010/grouplinks/AbC_12-xyz9' }, 'http://127.0.0.1:4010/grouplinks/AbC_12-xyz9'))
    await vi.waitFor(() => expect(fake.calls['visits.checkOutSelf']).toHaveBeenCalledExactlyOnceWith({ passUrl: 'http://127.0.0.1:4010/grouplinks/AbC_12-xyz9' }))
  })
})
