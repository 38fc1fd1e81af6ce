import { flushPromises, mount, RouterLinkStub, type VueWrapper } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { routerKey } from 'vue-router'
import type { AccountSummary } from '@shared/schemas/account'
import ConsoleAccountsView from '@renderer/views/console/ConsoleAccountsView.vue'
import { useAccountsStore } from '@renderer/stores/accounts'
import { createFakeKiosk, fail, ok, type FakeKiosk } from './fake-kiosk'
import { buttonOf } from './console-accounts-fixtures'

const person = (id: number, name: string, extra: Partial<AccountSummary> = {}): AccountSummary => ({
  id,
  name,
  email: `${name.split(' ')[0]!.toLowerCase()}@demo.example`,
  accessEnabled: true,
  lastAccessedAt: null,
  linkedHere: false,
  ...extra,
})

let fake: FakeKiosk
let wrapper: VueWrapper
beforeEach(() => {
  fake = createFakeKiosk()
  return () => wrapper.unmount()
})

async function mountView(): Promise<void> {
  const options = fake.mountOptions()
  wrapper = mount(ConsoleAccountsView, { global: { ...options, provide: { [routerKey as symbol]: { push: vi.fn() } } } })
  await flushPromises()
}

describe('the Accounts page', () => {
  it('says once what became of someone deleted on their own page', async () => {
    fake.calls['accounts.search'].mockImplementation(() => ok({ items: [], total: 0, pageSize: 20 }))
    useAccountsStore().listReport = 'Jonas Weber was deleted from Kisi.'
    await mountView()
    expect(wrapper.get('[data-testid="accounts-report"]').text()).toBe('Jonas Weber was deleted from Kisi.')
    wrapper.unmount()
    await mountView()
    expect(wrapper.find('[data-testid="accounts-report"]').exists()).toBe(false)
  })

  it('lists everyone at first, page by page with the page size Kisi answers', async () => {
    fake.calls['accounts.search'].mockImplementation((request) => {
      const { page } = request as { page: number }
      return ok({ items: page === 0 ? [person(1, 'Alex Berger', { linkedHere: true }), person(2, 'Mia Hoffmann', { accessEnabled: false })] : [person(3, 'Lena Schulz')], total: 3, pageSize: 2 })
    })
    await mountView()
    expect(fake.calls['accounts.search']).toHaveBeenCalledWith({ query: '', page: 0 })
    const rows = wrapper.findAll('[data-testid="account-result"]')
    expect(rows.map((row) => row.getComponent(RouterLinkStub).text())).toEqual(['Alex Berger', 'Mia Hoffmann'])
    expect(rows[0]!.getComponent(RouterLinkStub).props('to')).toEqual({ name: 'console-account', params: { userId: '1' } })
    expect(rows[0]!.text()).toContain('Given access at this kiosk')
    expect(rows[1]!.text()).toContain('Access disabled')
    expect(wrapper.text()).toContain('3 people')
    expect(wrapper.text()).toContain('Page 1 of 2')
    expect(buttonOf(wrapper, 'Previous page').attributes('disabled')).toBeDefined()

    await buttonOf(wrapper, 'Next page').trigger('click')
    await flushPromises()
    expect(fake.calls['accounts.search']).toHaveBeenLastCalledWith({ query: '', page: 1 })
    expect(wrapper.text()).toContain('Page 2 of 2')
    expect(wrapper.findAll('[data-testid="account-result"]')).toHaveLength(1)
  })

  it('searches by what was typed, from the first page', async () => {
    fake.calls['accounts.search'].mockImplementation(() => ok({ items: [], total: 0, pageSize: 25 }))
    await mountView()
    await wrapper.get('input[name="query"]').setValue('  mia ')
    await wrapper.get('form[role="search"]').trigger('submit')
    await flushPromises()
    expect(fake.calls['accounts.search']).toHaveBeenLastCalledWith({ query: 'mia', page: 0 })
    expect(wrapper.text()).toContain('No one found.')
  })

  it('says why Kisi could not be searched', async () => {
    fake.calls['accounts.search'].mockImplementation(() => fail({ code: 'kisi_not_connected', message: 'Kisi is not connected', reason: 'kisiNotConnected' }))
    await mountView()
    expect(wrapper.get('[role="alert"]').text()).toBe('Kisi is not connected. A manager can connect it on the Kisi tab of the staff console.')
  })
})
