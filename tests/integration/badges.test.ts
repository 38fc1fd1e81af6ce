import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { databaseFileName } from '../../electron/services/database/storage-start'
import { migrations } from '../../electron/services/database/migrations'
import { SqliteDatabase } from '../../electron/services/database/sqlite-database'
import type { AccountDetail, ActionStep } from '@shared/schemas/account'
import type { BadgeLookup } from '@shared/schemas/badge'
import { useTempDirectory } from '../fixtures/temp-directory'
import { startVisitHarness, type VisitHarness } from '../fixtures/visit-harness'

type Enrolled = { account: AccountDetail; steps: ActionStep[] }

describe('badges at the staff console, against the Kisi sandbox', () => {
  const tempDirectory = useTempDirectory()
  let kiosk: VisitHarness

  beforeEach(async () => {
    kiosk = await startVisitHarness(tempDirectory())
    kiosk.services.sessions.start('reception')
  })
  afterEach(() => kiosk.stop())

  const userNamed = (name: string) => kiosk.sandbox.state.users.find((user) => user.name === name)!
  const lookup = (format: string, facilityCode: number, cardNumber: number) => kiosk.call<BadgeLookup>('badges.lookup', { format, facilityCode, cardNumber })
  const enrol = (userId: number, format = 'h10301', facilityCode = 42, cardNumber = 20001) => kiosk.call<Enrolled>('badges.enrol', { format, facilityCode, cardNumber, userId })
  const auditRows = () => {
    const database = SqliteDatabase.open(join(kiosk.dataDirectory, databaseFileName), migrations)
    const rows = database.all("SELECT action, outcome, detail FROM staff_audit WHERE action LIKE 'enrol%' ORDER BY id", z.object({ action: z.string(), outcome: z.string(), detail: z.string() }))
    database.close()
    return rows
  }

  it('finds the person holding a demo staff card, and says when a card is unknown or held by no one', async () => {
    const jonas = userNamed('Jonas Weber')
    expect(await lookup('h10301', 42, 10003)).toMatchObject({ status: 'held', holder: { id: jonas.id, name: 'Jonas Weber', email: jonas.email } })
    expect(await lookup('h10301', 42, 10005)).toEqual({ status: 'unassigned', cardId: kiosk.sandbox.state.cards.find((card) => card.cardNumber === 10005)!.id })
    expect(await lookup('h10301', 42, 20001)).toEqual({ status: 'unknown' })
    // The same numbers in another format are another card.
    expect(await lookup('h10304', 42, 10003)).toEqual({ status: 'unknown' })
  })

  it('enrols an unknown card in its format, gives it to the chosen person, and then finds them by it', async () => {
    const lena = userNamed('Lena Schulz')
    const { account, steps } = await enrol(lena.id, 'corporate1000_35', 1000, 123456)
    expect(steps).toEqual([
      { step: 'Enrolled the card 1000:123456 (HID Corporate 1000) in Kisi', outcome: 'done', detail: null },
      { step: 'Gave the card 1000:123456 (HID Corporate 1000) to Lena Schulz', outcome: 'done', detail: null },
    ])
    expect(account).toMatchObject({ id: lena.id, linkedHere: true })
    expect(account.cards.map((card) => card.label)).toContain('Card 1000:123456')
    const card = kiosk.sandbox.state.cards.find((candidate) => candidate.cardNumber === 123456)!
    expect(card).toMatchObject({ type: 'third_party_lf_hid_corporate1000_35', facilityCode: 1000, userId: lena.id, activated: true })
    expect(await lookup('corporate1000_35', 1000, 123456)).toMatchObject({ status: 'held', holder: { id: lena.id, linkedHere: true } })
  })

  it('gives the spare card Kisi already has without enrolling it again, and does nothing when the person holds it already', async () => {
    const mia = userNamed('Mia Hoffmann')
    const cardsBefore = kiosk.sandbox.state.cards.length
    const first = await enrol(mia.id, 'h10301', 42, 10005)
    expect(first.steps.map((step) => [step.outcome, step.step])).toEqual([
      ['skipped', 'Used the card 42:10005 (HID H10301) Kisi already had, held by no one'],
      ['done', 'Gave the card 42:10005 (HID H10301) to Mia Hoffmann'],
    ])
    const again = await enrol(mia.id, 'h10301', 42, 10005)
    expect(again.steps.map((step) => [step.outcome, step.step])).toEqual([['skipped', 'Mia Hoffmann already holds this card 42:10005 (HID H10301)']])
    expect(kiosk.sandbox.state.cards).toHaveLength(cardsBefore)
  })

  it('refuses a card someone else holds, naming them, and changes nothing in Kisi', async () => {
    const mia = userNamed('Mia Hoffmann')
    await expect(enrol(mia.id, 'h10301', 42, 10003)).rejects.toMatchObject({ code: 'conflict', reason: 'badgeAlreadyEnrolled', params: { name: 'Jonas Weber' } })
    expect(kiosk.sandbox.state.cards.find((card) => card.cardNumber === 10003)?.userId).toBe(userNamed('Jonas Weber').id)
  })

  /**
   * Another client enrols the same card for Jonas just as the kiosk creates it, so Kisi refuses the
   * create. Unlisted: the look-up after the refusal does not show the card (Kisi has it out of the key's sight).
   */
  function enrolledMeanwhile(cardNumber: number, listed: boolean): void {
    const { state } = kiosk.sandbox
    const card = { ...state.cards.find((candidate) => candidate.cardNumber === 10003)!, id: state.nextId(), cardNumber, uid: 'abcdef1' }
    kiosk.proxy.beforeNext(
      (request) => request.method === 'POST' && request.path === '/cards',
      () => {
        state.cards.push(card)
        if (!listed) kiosk.proxy.beforeNext((request) => request.method === 'GET' && request.path === '/cards', () => state.cards.splice(state.cards.indexOf(card), 1))
      },
    )
  }

  it('names the holder when Kisi answers cabbeb for a card enrolled meanwhile', async () => {
    enrolledMeanwhile(20001, true)
    await expect(enrol(userNamed('Mia Hoffmann').id)).rejects.toMatchObject({ code: 'conflict', reason: 'badgeAlreadyEnrolled', params: { name: 'Jonas Weber' } })
  })

  it('says Kisi’s cabbeb in words when Kisi has the card but does not list it', async () => {
    enrolledMeanwhile(20001, false)
    await expect(enrol(userNamed('Mia Hoffmann').id)).rejects.toMatchObject({ code: 'conflict', reason: 'badgeEnrolledOutOfSight' })
  })

  it('takes the card Kisi made when the create’s answer was lost, instead of failing on a second try', async () => {
    kiosk.proxy.loseNextAnswer((request) => request.method === 'POST' && request.path === '/cards')
    const alex = userNamed('Alex Berger')
    const { steps } = await enrol(alex.id, 'h10304', 12345, 123456)
    expect(steps.map((step) => step.outcome)).toEqual(['done', 'done'])
    expect(kiosk.sandbox.state.cards.filter((card) => card.cardNumber === 123456)).toHaveLength(1)
    expect(await lookup('h10304', 12345, 123456)).toMatchObject({ status: 'held', holder: { id: alex.id } })
  })

  it('says Kisi’s faa9ef in words when the card went before it could be given', async () => {
    const { state } = kiosk.sandbox
    const spare = state.cards.find((card) => card.cardNumber === 10005)!
    kiosk.proxy.beforeNext((request) => request.path === `/cards/${spare.id}/assign`, () => state.cards.splice(state.cards.indexOf(spare), 1))
    await expect(enrol(userNamed('Mia Hoffmann').id, 'h10301', 42, 10005)).rejects.toMatchObject({ code: 'not_found', reason: 'badgeNotInKisi' })
  })

  it('writes each enrolment to the staff audit trail with the names staff saw, done or refused', async () => {
    await kiosk.call('accounts.search', { query: 'lena', page: 0 })
    const lena = userNamed('Lena Schulz')
    await enrol(lena.id)
    await enrol(lena.id, 'h10301', 42, 10003).catch(() => undefined)
    const rows = auditRows()
    expect(rows.map((row) => [row.action, row.outcome])).toEqual([
      [`enrol card 42:20001 (HID H10301) for user Lena Schulz (${lena.id})`, 'succeeded'],
      [`enrol card 42:10003 (HID H10301) for user Lena Schulz (${lena.id})`, 'failed'],
    ])
    expect(rows[0]!.detail).toBe('done: Enrolled the card 42:20001 (HID H10301) in Kisi; done: Gave the card 42:20001 (HID H10301) to Lena Schulz')
    expect(rows[1]!.detail).toMatch(/^conflict: The card is already enrolled for Jonas Weber/)
  })

  it('is for staff only', async () => {
    kiosk.services.sessions.end('locked')
    await expect(lookup('h10301', 42, 10003)).rejects.toMatchObject({ code: 'staff_locked' })
  })
})
