import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { createMemoryHistory, createRouter, RouterView, type Router } from 'vue-router'
import type { AccountSummary } from '@shared/schemas/account'
import { useConsoleBadgeScan } from '@renderer/composables/use-console-badge-scan'
import { useScans } from '@renderer/composables/use-scans'
import { useAccountsStore } from '@renderer/stores/accounts'
import ConsoleAccountsView from '@renderer/views/console/ConsoleAccountsView.vue'
import { jonas } from './console-accounts-fixtures'
import { createFakeKiosk, failByKisi, ok, type FakeKiosk } from './fake-kiosk'
import { answerKeyboardReading, keyboardSetting, scanFromMain, typeAsReader } from './scan-fixtures'

const jonasSummary: AccountSummary = { id: jonas.id, name: jonas.name, email: jonas.email, accessEnabled: true, lastAccessedAt: null, linkedHere: true }

let fake: FakeKiosk
let router: Router
let wrapper: VueWrapper

/** The console's scan handling around its pages, as App and StaffConsoleView mount it. */
const ConsoleWithScans = defineComponent(() => {
  useScans(() => 'anything')
  useConsoleBadgeScan()
  return () => h(RouterView)
})

/** A console page with a text field, where reception may be typing when a card is scanned. */
const VisitsPage = { render: () => h('input', { id: 'field', type: 'text' }) }

async function mountConsole(): Promise<void> {
  router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/console/visits', name: 'console-visits', component: VisitsPage },
      { path: '/console/accounts', name: 'console-accounts', component: ConsoleAccountsView },
      { path: '/console/accounts/:userId', name: 'console-account', component: { render: () => null } },
    ],
  })
  await router.push('/console/visits')
  const { plugins, stubs } = fake.mountOptions()
  wrapper = mount(ConsoleWithScans, { global: { plugins: [...plugins, router], stubs }, attachTo: document.body })
  await flushPromises()
  document.querySelector<HTMLInputElement>('#field')?.focus()
}

const card = (facilityCode: number | null, cardNumber: number) => ({ kind: 'card', format: 'h10301', facilityCode, cardNumber }) as const

describe('a badge scanned in the staff console', () => {
  beforeEach(() => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    fake = createFakeKiosk()
    answerKeyboardReading(fake, keyboardSetting({ kind: 'card-number', cardFormat: 'h10301', facilityCode: 42 }))
    fake.calls['accounts.search'].mockImplementation(() => ok({ items: [], total: 0, pageSize: 25 }))
  })
  afterEach(() => {
    wrapper.unmount()
    vi.useRealTimers()
  })

  it('opens the page of the person holding it, saying whose card it is', async () => {
    fake.calls['badges.lookup'].mockImplementation(() => ok({ status: 'held', cardId: 31, holder: jonasSummary }))
    await mountConsole()
    typeAsReader('10003')
    await flushPromises()
    expect(fake.calls['badges.lookup']).toHaveBeenCalledExactlyOnceWith({ format: 'h10301', facilityCode: 42, cardNumber: 10003 })
    expect(router.currentRoute.value.name).toBe('console-account')
    expect(router.currentRoute.value.params['userId']).toBe(String(jonas.id))
    expect(useAccountsStore().report?.message).toBe('Card 42:10003 (HID H10301 (26-bit)) belongs to Jonas Weber.')
  })

  it('brings a card Kisi does not know to the Badge panel, filled in and offered for enrolment', async () => {
    fake.calls['badges.lookup'].mockImplementation(() => ok({ status: 'unknown' }))
    await mountConsole()
    fake.emit('scanner.scan', scanFromMain(card(42, 20001), '42:20001'))
    await flushPromises()
    expect(router.currentRoute.value.name).toBe('console-accounts')
    expect(wrapper.get<HTMLSelectElement>('select[name="badgeFormat"]').element.value).toBe('h10301')
    expect(wrapper.get<HTMLInputElement>('input[name="facilityCode"]').element.value).toBe('42')
    expect(wrapper.get<HTMLInputElement>('input[name="cardNumber"]').element.value).toBe('20001')
    expect(wrapper.get('[data-testid="badge-offer"]').text()).toBe('Kisi does not know card 42:20001 (HID H10301 (26-bit)). Enrol it for the person it belongs to:')
    expect(wrapper.find('input[name="badgePerson"]').exists()).toBe(true)
  })

  it('says in words why a card could not be looked up, on the Badge panel', async () => {
    fake.calls['badges.lookup'].mockImplementation(() =>
      failByKisi('kisiUnreachable', { kisiCode: '', kisiMessage: 'Kisi did not answer.', kisiHint: 'Check the network.' }),
    )
    await mountConsole()
    fake.emit('scanner.scan', scanFromMain(card(42, 20001), '42:20001'))
    await flushPromises()
    expect(router.currentRoute.value.name).toBe('console-accounts')
    expect(wrapper.get('.badge-panel [role="alert"]').text()).not.toBe('')
    expect(wrapper.find('[data-testid="badge-offer"]').exists()).toBe(false)
  })

  it('asks for the facility code of a card read without one, without asking Kisi', async () => {
    await mountConsole()
    fake.emit('scanner.scan', scanFromMain(card(null, 20001), '20001'))
    await flushPromises()
    expect(fake.calls['badges.lookup']).not.toHaveBeenCalled()
    expect(wrapper.get<HTMLInputElement>('input[name="cardNumber"]').element.value).toBe('20001')
    expect(wrapper.get<HTMLInputElement>('input[name="facilityCode"]').element.value).toBe('')
    expect(wrapper.get('.badge-panel [role="alert"]').text()).toContain('without its facility code')
  })

  it('says a misread card (parity failed) was not looked up, and leaves its numbers out of the form', async () => {
    await mountConsole()
    fake.emit('scanner.scan', { ...scanFromMain(card(42, 20001), '0A9C4E3'), parity: 'failed' })
    await flushPromises()
    expect(fake.calls['badges.lookup']).not.toHaveBeenCalled()
    expect(router.currentRoute.value.name).toBe('console-accounts')
    expect(wrapper.get<HTMLInputElement>('input[name="cardNumber"]').element.value).toBe('')
    expect(wrapper.get('.badge-panel [role="alert"]').text()).toBe(
      'The card was misread (its parity check failed), so nothing was looked up. Hold it to the reader again.',
    )
    expect(wrapper.find('[data-testid="badge-offer"]').exists()).toBe(false)
  })

  it('gives a scanned value that is not a card back to the field reception is typing in', async () => {
    answerKeyboardReading(fake, keyboardSetting({ kind: 'facility-and-card', separator: ':', cardFormat: 'h10301' }))
    await mountConsole()
    typeAsReader('AB12-CD')
    await flushPromises()
    expect(fake.calls['badges.lookup']).not.toHaveBeenCalled()
    expect(router.currentRoute.value.name).toBe('console-visits')
    expect(document.querySelector<HTMLInputElement>('#field')!.value).toBe('AB12-CD')
  })
})
