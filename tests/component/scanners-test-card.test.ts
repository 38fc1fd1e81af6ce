import { flushPromises, RouterLinkStub, type VueWrapper } from '@vue/test-utils'
import { beforeEach, describe, expect, it } from 'vitest'
import type { AccountSummary } from '@shared/schemas/account'
import ScannersTestCard from '@renderer/components/scanners/ScannersTestCard.vue'
import { useBadgesStore } from '@renderer/stores/badges'
import { useScannerSetupStore, type TestCard } from '@renderer/stores/scanner-setup'
import { createFakeKiosk, fail, ok, type FakeKiosk } from './fake-kiosk'
import { answerKeyboardReading, mountScannerPanel } from './scanners-fixtures'

const jonas: AccountSummary = { id: 17, name: 'Jonas Weber', email: 'jonas.weber@demo.example', accessEnabled: true, lastAccessedAt: null, linkedHere: true }
const scanned: TestCard = { card: { kind: 'card', format: 'h10301', facilityCode: 42, cardNumber: 10003 }, parity: 'ok', readerId: null, at: '2026-12-03T09:00:00.000Z' }

let fake: FakeKiosk
let wrapper: VueWrapper
beforeEach(() => {
  fake = createFakeKiosk()
  answerKeyboardReading(fake)
  return () => wrapper.unmount()
})

async function mountWithCard(card: TestCard | null): Promise<void> {
  if (card) useScannerSetupStore().noteCard(card)
  wrapper = await mountScannerPanel(fake, ScannersTestCard)
}

async function lookUp(): Promise<void> {
  await wrapper.get('button').trigger('click')
  await flushPromises()
}

const links = (): unknown[] => wrapper.findAllComponents(RouterLinkStub).map((link) => link.props('to'))

describe('the test card', () => {
  it('asks for a scan first', async () => {
    await mountWithCard(null)
    expect(wrapper.text()).toContain('Scan a card on either reader to test it here.')
    expect(wrapper.find('button').exists()).toBe(false)
  })

  it('looks the last card up only when asked, and names who holds it', async () => {
    fake.calls['badges.lookup'].mockImplementation(() => ok({ status: 'held', cardId: 31, holder: jonas }))
    await mountWithCard(scanned)
    expect(wrapper.get('[data-testid="test-card"]').text()).toBe('Last card: Card 42:10003 (HID H10301 (26-bit)), from the keyboard-type reader Parity: Parity OK')
    expect(fake.calls['badges.lookup']).not.toHaveBeenCalled()
    await lookUp()
    expect(fake.calls['badges.lookup']).toHaveBeenCalledWith({ format: 'h10301', facilityCode: 42, cardNumber: 10003 })
    expect(wrapper.get('[data-testid="test-card-answer"]').text()).toContain('Kisi knows this card: Jonas Weber holds it.')
    expect(links()).toEqual([{ name: 'console-account', params: { userId: '17' } }])
  })

  it('says Kisi does not know a card and links to the Accounts page, where it is offered for enrolment', async () => {
    fake.calls['badges.lookup'].mockImplementation(() => ok({ status: 'unknown' }))
    await mountWithCard(scanned)
    await lookUp()
    expect(wrapper.get('[data-testid="test-card-answer"]').text()).toContain('Kisi does not know this card.')
    expect(links()).toEqual([{ name: 'console-accounts' }])
    expect(useBadgesStore().lookedUp).toEqual({ badge: { format: 'h10301', facilityCode: 42, cardNumber: 10003 }, found: { status: 'unknown' } })
  })

  it('puts a failed lookup in words, and forgets it when another card comes', async () => {
    fake.calls['badges.lookup'].mockImplementation(() => fail({ code: 'kisi_not_connected', message: 'no key stored', reason: 'kisiNotConnected', params: {} }))
    await mountWithCard(scanned)
    await lookUp()
    expect(wrapper.get('[role="alert"]').text()).toBe('Kisi is not connected. A manager can connect it on the Kisi tab of the staff console.')
    expect(wrapper.find('[data-testid="test-card-answer"]').exists()).toBe(false)

    useScannerSetupStore().noteCard({ ...scanned, card: { ...scanned.card, cardNumber: 20001 }, at: '2026-12-03T09:01:00.000Z' })
    await flushPromises()
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
    expect(wrapper.get('[data-testid="test-card"]').text()).toContain('Card 42:20001')
  })

  it('cannot look up a card read without its facility code, and says why', async () => {
    await mountWithCard({ ...scanned, card: { ...scanned.card, facilityCode: null }, parity: 'not-checked' })
    expect(wrapper.text()).toContain('The reader sends no facility code and none is set for the site')
    expect(wrapper.get('button').attributes('disabled')).toBeDefined()
  })

  it('keeps the newest card when an older one comes back with a poll', async () => {
    await mountWithCard(scanned)
    useScannerSetupStore().noteCard({ ...scanned, card: { ...scanned.card, cardNumber: 1 }, at: '2026-12-03T08:00:00.000Z' })
    await flushPromises()
    expect(wrapper.get('[data-testid="test-card"]').text()).toContain('Card 42:10003')
  })
})
