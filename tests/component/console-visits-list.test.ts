import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { beforeEach, describe, expect, it } from 'vitest'
import type { StaffVisit } from '@shared/schemas/visit'
import VisitsList from '@renderer/components/console/VisitsList.vue'
import { useVisitsStore } from '@renderer/stores/visits'
import { createFakeKiosk, fail, ok, type FakeKiosk } from './fake-kiosk'

const today = (hours: number, minutes = 0): string => new Date(new Date().setHours(hours, minutes, 0, 0)).toISOString()

function visit(id: string, name: string, overrides: Partial<StaffVisit> = {}, access: Partial<StaffVisit['access']> = {}): StaffVisit {
  return {
    id,
    origin: 'this-kiosk',
    visitTypeId: 'guest',
    visitTypeName: 'Guest',
    visitor: { name, host: 'Mia Hoffmann', company: 'Acme' },
    status: 'on-site',
    holdReason: null,
    access: { state: 'issued', groupName: 'Visitors', validFrom: today(9), validUntil: today(17, 30), problem: null, ...access },
    expectedAt: null,
    checkedInAt: today(9),
    checkedOutAt: null,
    autoCheckOutAt: today(20),
    inviteCode: null,
    agreementVersion: 1,
    agreementAcceptance: 'visitor-at-kiosk',
    passCode: `KTAG-${id.toUpperCase().padEnd(4, 'X')}`,
    ...overrides,
  }
}

const visits: StaffVisit[] = [
  visit('v1', 'Erik Expected', { status: 'expected', checkedInAt: null, expectedAt: today(11), inviteCode: 'K7PQ4X2M' }, { state: 'none', validFrom: null, validUntil: null }),
  visit('v2', 'Hanna Held', { status: 'awaiting-approval', holdReason: 'approval', checkedInAt: null }, { state: 'none', validUntil: null }),
  visit('v3', 'Dana Denied', { status: 'awaiting-approval', holdReason: 'deny-list', checkedInAt: null }, { state: 'none', validUntil: null }),
  visit('v4', 'Olga Onsite'),
  visit('v10', 'Wanda Walkin', { agreementVersion: 3, agreementAcceptance: 'confirmed-by-reception' }),
  visit('v11', 'Nora Noagreement', { agreementVersion: null, agreementAcceptance: null }),
  visit('v5', 'Paul Pending', {}, { state: 'pending' }),
  visit('v6', 'Fritz Failed', {}, { state: 'failed', problem: { what: 'not-issued', reason: 'kisiGroupGone', params: { groupName: 'Visitors' } } }),
  visit('v7', 'Lara Left', { status: 'left', checkedOutAt: today(12) }, { state: 'revoked' }),
  visit('v8', 'Carl Cancelled', { status: 'cancelled', checkedInAt: null }, { state: 'none' }),
  visit('v9', 'Otto Other', { origin: 'other-kiosk' }),
]

let fake: FakeKiosk
let wrapper: VueWrapper

beforeEach(async () => {
  fake = createFakeKiosk()
  fake.calls['visits.today'].mockImplementation(() => ok(visits))
  fake.calls['visits.checkOutBursts'].mockImplementation(() => ok([]))
  const options = fake.mountOptions()
  await useVisitsStore().refresh()
  wrapper = mount(VisitsList, { global: options, attachTo: document.body })
  return () => wrapper.unmount()
})

const group = (name: string) => wrapper.get(`[data-testid="visits-group-${name}"]`)
const rowOf = (name: string) => wrapper.findAll('[data-testid="visit-row"]').find((row) => row.text().includes(name))!
const buttonsOf = (name: string) => rowOf(name).findAll('button').map((button) => button.text())
const button = (name: string, label: string) => rowOf(name).findAll('button').find((candidate) => candidate.text() === label)!

describe('VisitsList', () => {
  it('puts each visit in the group of its state', () => {
    const names = (name: string) => group(name).findAll('[data-testid="visit-row"]').map((row) => row.find('.visit-row__name').text())
    expect(names('expected')).toEqual(['Erik Expected'])
    expect(names('awaiting')).toEqual(['Hanna Held', 'Dana Denied'])
    expect(names('onSite')).toEqual(['Olga Onsite', 'Wanda Walkin', 'Nora Noagreement'])
    expect(names('accessPending')).toEqual(['Paul Pending', 'Fritz Failed'])
    expect(names('left')).toEqual(['Lara Left', 'Carl Cancelled'])
    expect(names('otherKiosks')).toEqual(['Otto Other'])
  })

  it('shows how each visitor’s agreement was accepted: at the kiosk, or confirmed by reception', () => {
    expect(rowOf('Olga Onsite').get('[data-testid="agreement-acceptance"]').text()).toBe('Agreement v1 accepted at the kiosk')
    expect(rowOf('Wanda Walkin').get('[data-testid="agreement-acceptance"]').text()).toBe('Agreement v3 confirmed by reception')
    expect(rowOf('Nora Noagreement').find('[data-testid="agreement-acceptance"]').exists()).toBe(false)
  })

  it('shows staff why a check-in is held, and what went wrong with access', () => {
    expect(rowOf('Hanna Held').get('[data-testid="hold-reason"]').text()).toBe('Needs approval')
    expect(rowOf('Dana Denied').get('[data-testid="hold-reason"]').text()).toBe('On the deny list')
    expect(rowOf('Fritz Failed').get('[data-testid="access-problem"]').text()).toBe(
      'No access link could be made. The Kisi group “Visitors” no longer exists. A manager can choose another group for this visit type under Visitor policies; then retry the access.',
    )
    expect(rowOf('Olga Onsite').get('[data-testid="access-state"]').text()).toBe('Access until 17:30')
    expect(rowOf('Olga Onsite').text()).toContain('Mia Hoffmann · Acme')
    expect(rowOf('Erik Expected').text()).toContain('Expected 11:00')
    expect(rowOf('Erik Expected').find('[data-testid="access-state"]').exists()).toBe(false)
    expect(rowOf('Carl Cancelled').findAll('.visit-row__muted').map((line) => line.text())).toContain('Cancelled')
  })

  it('words every problem main sends as data, and shows an older kiosk\'s words as they were', async () => {
    const removed = visit('v11', 'Rita Removed', {}, { state: 'revoked', problem: { what: 'removed-in-kisi', reason: null, params: {} } })
    const refused = { kisiCode: 'afc496', kisiMessage: 'Kisi does not allow this key to do that.', kisiHint: 'Connect Kisi with an administrator’s key.' }
    const extension = visit('v12', 'Erna Extended', {}, { problem: { what: 'not-extended', reason: 'kisiRefused', params: refused } })
    const older = visit('v13', 'Olaf Older', {}, { state: 'failed', problem: { text: 'Kisi is not connected. A manager can connect Kisi.' } })
    fake.calls['visits.today'].mockImplementation(() => ok([removed, extension, older]))
    await useVisitsStore().refresh()
    await flushPromises()
    const problem = (name: string) => rowOf(name).get('[data-testid="access-problem"]').text()
    expect(problem('Rita Removed')).toBe('The access link was removed in Kisi (in the dashboard or by another kiosk).')
    expect(problem('Erna Extended')).toBe(
      'Extending the access failed; the current link keeps working. Kisi does not allow this key to do that. Connect Kisi with an administrator’s key.',
    )
    expect(problem('Olaf Older')).toBe('Kisi is not connected. A manager can connect Kisi.')
  })

  it('offers the actions of each state, and none on another kiosk\'s visits', () => {
    expect(buttonsOf('Erik Expected')).toEqual(['Check in', 'Cancel visit'])
    expect(buttonsOf('Hanna Held')).toEqual(['Approve', 'Cancel visit'])
    expect(buttonsOf('Olga Onsite')).toEqual(['Check out', 'Show pass', 'Extend'])
    expect(buttonsOf('Paul Pending')).toEqual(['Retry access', 'Check out', 'Extend'])
    expect(buttonsOf('Fritz Failed')).toEqual(['Retry access', 'Check out'])
    expect(buttonsOf('Lara Left')).toEqual([])
    expect(buttonsOf('Otto Other')).toEqual([])
    expect(rowOf('Otto Other').text()).toContain('Checked in at another kiosk')
  })

  it('names each row\'s buttons with their visitor, so a screen reader can tell the rows apart', () => {
    const names = (name: string) => rowOf(name).findAll('button').map((button) => button.attributes('aria-label'))
    expect(names('Erik Expected')).toEqual(['Check in Erik Expected', 'Cancel visit of Erik Expected'])
    expect(names('Hanna Held')).toEqual(['Approve Hanna Held', 'Cancel visit of Hanna Held'])
    expect(names('Olga Onsite')).toEqual(['Check out Olga Onsite', 'Show pass of Olga Onsite', 'Extend access of Olga Onsite'])
    expect(names('Fritz Failed')).toEqual(['Retry access for Fritz Failed', 'Check out Fritz Failed'])
  })

  it('approves at once and moves the visit with the answer', async () => {
    fake.calls['visits.approve'].mockImplementation(() => ok({ ...visits[1]!, status: 'on-site', holdReason: null, access: { ...visits[3]!.access } }))
    await button('Hanna Held', 'Approve').trigger('click')
    await flushPromises()
    expect(fake.calls['visits.approve']).toHaveBeenCalledWith({ visitId: 'v2' })
    expect(group('onSite').text()).toContain('Hanna Held')
  })

  it('asks before checking out, and does nothing when reception keeps the visit', async () => {
    await button('Olga Onsite', 'Check out').trigger('click')
    expect(rowOf('Olga Onsite').text()).toContain('Check Olga Onsite out now?')
    await button('Olga Onsite', 'Keep').trigger('click')
    expect(fake.calls['visits.checkOut']).not.toHaveBeenCalled()

    fake.calls['visits.checkOut'].mockImplementation(() => ok({ ...visits[3]!, status: 'left', access: { ...visits[3]!.access, state: 'revoked' } }))
    await button('Olga Onsite', 'Check out').trigger('click')
    await button('Olga Onsite', 'Yes, check out').trigger('click')
    await flushPromises()
    expect(fake.calls['visits.checkOut']).toHaveBeenCalledWith({ visitId: 'v4' })
    expect(group('left').text()).toContain('Olga Onsite')
  })

  it('asks before cancelling an expected visit', async () => {
    fake.calls['visits.cancel'].mockImplementation(() => ok({ ...visits[0]!, status: 'cancelled' }))
    await button('Erik Expected', 'Cancel visit').trigger('click')
    await button('Erik Expected', 'Yes, cancel visit').trigger('click')
    await flushPromises()
    expect(fake.calls['visits.cancel']).toHaveBeenCalledWith({ visitId: 'v1' })
  })

  it('shows a spinner while an action runs, then the plain-words error', async () => {
    let answer: (value: unknown) => void = () => undefined
    fake.calls['visits.retryAccess'].mockImplementation(() => new Promise((resolve) => (answer = resolve)) as never)
    await button('Paul Pending', 'Retry access').trigger('click')
    expect(button('Paul Pending', 'Retry access').attributes('aria-busy')).toBe('true')
    expect(button('Paul Pending', 'Retry access').find('.console-spinner').exists()).toBe(true)
    expect(button('Paul Pending', 'Check out').attributes('disabled')).toBeDefined()

    const network = { kisiCode: 'network', kisiMessage: 'The kiosk cannot reach Kisi.', kisiHint: 'Check the internet connection; the kiosk keeps retrying.' }
    answer({ ok: false, error: { code: 'kisi_unreachable', message: 'The kiosk cannot reach Kisi. Check the internet connection; the kiosk keeps retrying.', reason: 'kisiUnreachable', params: network } })
    await flushPromises()
    expect(rowOf('Paul Pending').get('[role="alert"]').text()).toBe('The kiosk cannot reach Kisi. Check the internet connection; the kiosk keeps retrying.')
    expect(button('Paul Pending', 'Retry access').attributes('aria-busy')).toBe('false')
  })

  it('says when a retry left the access waiting, and when the kiosk tries next', async () => {
    const nextTry = new Date(new Date().setHours(14, 5, 0, 0)).toISOString()
    fake.calls['visits.retryAccess'].mockImplementation(() =>
      fail({ code: 'kisi_unreachable', message: 'Kisi is still unreachable', reason: 'accessWaitsForKisi', params: { at: nextTry } }),
    )
    await button('Paul Pending', 'Retry access').trigger('click')
    await flushPromises()
    expect(rowOf('Paul Pending').get('[role="alert"]').text()).toBe('Kisi is still unreachable — the kiosk keeps trying; next try at 14:05.')
  })

  it('reloads when main says the visits changed', async () => {
    fake.calls['visits.today'].mockImplementation(() => ok([...visits, visit('v10', 'Nina New', { status: 'expected' }, { state: 'none' })]))
    fake.emit('visits.changed', { visitId: 'v10' })
    await flushPromises()
    expect(group('expected').text()).toContain('Nina New')
  })

  it('shows a failure to load in words', async () => {
    fake.calls['visits.today'].mockImplementation(() => fail({ code: 'unauthorized', message: 'This request needs the browser host token.' }))
    await useVisitsStore().refresh()
    expect(useVisitsStore().loadError).toBe('This page is not connected to the kiosk. Open the address the kiosk printed.')
  })
})
