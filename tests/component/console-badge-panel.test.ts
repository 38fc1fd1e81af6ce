import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { routerKey } from 'vue-router'
import type { AccountSummary } from '@shared/schemas/account'
import AccountsBadgePanel from '@renderer/components/console/AccountsBadgePanel.vue'
import ConsoleAccountsView from '@renderer/views/console/ConsoleAccountsView.vue'
import { useAccountsStore } from '@renderer/stores/accounts'
import { createFakeKiosk, fail, ok, type FakeKiosk } from './fake-kiosk'
import { buttonOf, jonas } from './console-accounts-fixtures'

const lena: AccountSummary = { id: 24, name: 'Lena Schulz', email: 'lena.schulz@demo.example', accessEnabled: true, lastAccessedAt: null, linkedHere: false }
const jonasSummary: AccountSummary = { id: jonas.id, name: jonas.name, email: jonas.email, accessEnabled: true, lastAccessedAt: null, linkedHere: true }

let fake: FakeKiosk
let wrapper: VueWrapper
let push: ReturnType<typeof vi.fn>
beforeEach(() => {
  fake = createFakeKiosk()
  push = vi.fn()
  return () => wrapper.unmount()
})

async function mountPanel(): Promise<void> {
  wrapper = mount(AccountsBadgePanel, { global: { ...fake.mountOptions(), provide: { [routerKey as symbol]: { push } } } })
  await flushPromises()
}

async function lookUp(facilityCode: string, cardNumber: string, format?: string): Promise<void> {
  if (format) await wrapper.get('select[name="badgeFormat"]').setValue(format)
  await wrapper.get('input[name="facilityCode"]').setValue(facilityCode)
  await wrapper.get('input[name="cardNumber"]').setValue(cardNumber)
  await wrapper.get('form').trigger('submit')
  await flushPromises()
}

describe('the Badge panel on the Accounts page', () => {
  it('sits on the Accounts page', async () => {
    fake.calls['accounts.search'].mockImplementation(() => ok({ items: [], total: 0, pageSize: 25 }))
    wrapper = mount(ConsoleAccountsView, { global: { ...fake.mountOptions(), provide: { [routerKey as symbol]: { push } } } })
    await flushPromises()
    expect(wrapper.get('#badge-panel-title').text()).toBe('Badge')
    expect(wrapper.findAll('select[name="badgeFormat"] option').map((option) => option.text())).toEqual(['HID H10301 (26-bit)', 'HID Corporate 1000 (35-bit)', 'HID H10304 (37-bit)'])
  })

  it('opens the page of the person holding a known card, saying whose card it is', async () => {
    fake.calls['badges.lookup'].mockImplementation(() => ok({ status: 'held', cardId: 31, holder: jonasSummary }))
    await mountPanel()
    await lookUp(' 42 ', '10003')
    expect(fake.calls['badges.lookup']).toHaveBeenCalledWith({ format: 'h10301', facilityCode: 42, cardNumber: 10003 })
    expect(push).toHaveBeenCalledWith({ name: 'console-account', params: { userId: String(jonas.id) } })
    expect(useAccountsStore().report).toEqual({ userId: jonas.id, message: 'Card 42:10003 (HID H10301 (26-bit)) belongs to Jonas Weber.', steps: [] })
  })

  it('checks the numbers against the chosen format before asking Kisi', async () => {
    fake.calls['badges.lookup'].mockImplementation(() => ok({ status: 'unknown' }))
    await mountPanel()
    await lookUp('1000', '12a')
    expect(fake.calls['badges.lookup']).not.toHaveBeenCalled()
    const errors = wrapper.findAll('.error-text').map((error) => error.text())
    expect(errors).toEqual([expect.stringMatching(/^Enter the facility code: a whole number up to 255 for H10301/), expect.stringMatching(/^Enter the card number/)])

    await lookUp('1000', '123456', 'corporate1000_35')
    expect(fake.calls['badges.lookup']).toHaveBeenCalledWith({ format: 'corporate1000_35', facilityCode: 1000, cardNumber: 123456 })
    expect(wrapper.findAll('.error-text')).toHaveLength(0)
  })

  it('offers an unknown card for enrolment to a person found by search, then opens their page with the steps', async () => {
    fake.calls['badges.lookup'].mockImplementation(() => ok({ status: 'unknown' }))
    fake.calls['accounts.search'].mockImplementation(() => ok({ items: [lena], total: 1, pageSize: 25 }))
    const steps = [
      { step: 'Enrolled the card 42:20001 (HID H10301) in Kisi', outcome: 'done', detail: null },
      { step: 'Gave the card 42:20001 (HID H10301) to Lena Schulz', outcome: 'done', detail: null },
    ]
    fake.calls['badges.enrol'].mockImplementation(() => ok({ account: { ...jonas, id: lena.id, name: lena.name, email: lena.email, assignments: [] }, steps }))
    await mountPanel()
    await lookUp('42', '20001')
    expect(wrapper.get('[data-testid="badge-offer"]').text()).toBe('Kisi does not know card 42:20001 (HID H10301 (26-bit)). Enrol it for the person it belongs to:')
    expect(push).not.toHaveBeenCalled()

    await wrapper.get('input[name="badgePerson"]').setValue(' lena ')
    await wrapper.get('form[role="search"]').trigger('submit')
    await flushPromises()
    expect(fake.calls['accounts.search']).toHaveBeenCalledWith({ query: 'lena', page: 0 })
    await buttonOf(wrapper, 'Enrol for Lena Schulz').trigger('click')
    await flushPromises()
    expect(fake.calls['badges.enrol']).toHaveBeenCalledWith({ format: 'h10301', facilityCode: 42, cardNumber: 20001, userId: lena.id })
    expect(push).toHaveBeenCalledWith({ name: 'console-account', params: { userId: String(lena.id) } })
    expect(useAccountsStore().report).toEqual({ userId: lena.id, message: 'Card 42:20001 (HID H10301 (26-bit)) now belongs to Lena Schulz.', steps })
  })

  it('offers a card Kisi has but no one holds, and says in words why an enrolment was refused', async () => {
    fake.calls['badges.lookup'].mockImplementation(() => ok({ status: 'unassigned', cardId: 35 }))
    fake.calls['accounts.search'].mockImplementation(() => ok({ items: [lena], total: 1, pageSize: 25 }))
    fake.calls['badges.enrol'].mockImplementation(() =>
      fail({ code: 'conflict', message: 'The card is already enrolled for Jonas Weber', reason: 'badgeAlreadyEnrolled', params: { name: 'Jonas Weber' } }),
    )
    await mountPanel()
    await lookUp('42', '10005')
    expect(wrapper.get('[data-testid="badge-offer"]').text()).toBe('Card 42:10005 (HID H10301 (26-bit)) is in Kisi but belongs to no one. Give it to the person it belongs to:')
    await wrapper.get('form[role="search"]').trigger('submit')
    await flushPromises()
    await buttonOf(wrapper, 'Enrol for Lena Schulz').trigger('click')
    await flushPromises()
    expect(wrapper.get('[role="alert"]').text()).toBe('This card is already enrolled in Kisi and belongs to Jonas Weber. Look it up to open their page.')
    expect(push).not.toHaveBeenCalled()
  })

  it('says why a card could not be looked up, and offers nothing', async () => {
    fake.calls['badges.lookup'].mockImplementation(() => fail({ code: 'kisi_not_connected', message: 'Kisi is not connected', reason: 'kisiNotConnected' }))
    await mountPanel()
    await lookUp('42', '10003')
    expect(wrapper.get('[role="alert"]').text()).toBe('Kisi is not connected. A manager can connect it on the Kisi tab of the staff console.')
    expect(wrapper.find('[data-testid="badge-offer"]').exists()).toBe(false)
  })
})
