import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { KioskEvent } from '@shared/schemas/kiosk-event'
import type { CheckInOutcome, StaffVisit } from '@shared/schemas/visit'
import type { VisitPolicies } from '@shared/schemas/visit-policy'
import { databaseFileName } from '../../electron/services/database/storage-start'
import { migrations } from '../../electron/services/database/migrations'
import { SqliteDatabase } from '../../electron/services/database/sqlite-database'
import type { Logger } from '../../electron/services/ports'
import { useTempDirectory } from '../fixtures/temp-directory'
import { startVisitHarness, type VisitHarness } from '../fixtures/visit-harness'

const ada = { name: 'Ada Lovelace', email: 'ada@example.com', company: 'Analytical Engines', host: 'Charles Babbage' }
const bob = { name: 'Bob Builder', email: 'bob@example.com', phone: '+49 30 1234567', company: 'Build Co', host: 'Ada', purpose: 'Wiring' }
const hour = 3_600_000

describe('the kiosk’s own events for the access log', () => {
  const tempDirectory = useTempDirectory()
  const errors: string[] = []
  const logger: Logger = { info: () => {}, warn: () => {}, error: (message) => errors.push(message) }
  let kiosk: VisitHarness

  beforeEach(async () => {
    errors.length = 0
    kiosk = await startVisitHarness(tempDirectory(), { logger })
  })
  afterEach(() => kiosk.stop())

  const eventsOf = (visitId: string): KioskEvent[] => kiosk.services.visits.kioskEvents.forVisit(visitId)
  const kindsOf = (visitId: string) => eventsOf(visitId).map((event) => event.kind)
  const guestCheckIn = async (): Promise<string> => {
    const outcome = await kiosk.call<CheckInOutcome>('visits.checkIn', { visitTypeId: 'guest', visitor: ada, agreementVersion: 1 })
    if (outcome.outcome !== 'pass') throw new Error(`expected a pass, got ${outcome.outcome}`)
    return outcome.pass.visitId
  }
  /** A second connection to the kiosk's file, for what no call does: a due check-out time, a lost table. */
  const alterDatabase = (sql: string, params: unknown[] = []) => {
    const database = SqliteDatabase.open(join(kiosk.dataDirectory, databaseFileName), migrations)
    database.run(sql, params)
    database.close()
  }
  const today = () => kiosk.asReception<StaffVisit[]>('visits.today')
  const useDenyList = async (names: string[]) => {
    kiosk.services.sessions.start('manager')
    const policies = await kiosk.call<VisitPolicies>('policies.get')
    await kiosk.call('policies.save', { ...policies, denyList: { names, emails: [] } })
    kiosk.services.sessions.end('locked')
  }

  it('records a visitor’s check-in and the link made for it, once each', async () => {
    const visitId = await guestCheckIn()
    const [checkIn, issued] = eventsOf(visitId)
    expect(kindsOf(visitId)).toEqual(['check-in', 'link-issued'])
    expect(checkIn).toMatchObject({ outcome: 'succeeded', detail: { visitId, visitorName: 'Ada Lovelace', visitTypeName: 'Guest', by: 'visitor', invited: false } })
    expect(checkIn?.kind === 'check-in' && checkIn.detail.groupName).toEqual(expect.any(String))
    const [link] = kiosk.linksNamedFor(visitId)
    expect(issued).toMatchObject({ kind: 'link-issued', outcome: 'succeeded', detail: { visitId, linkId: link!.id } })
  })

  it('records a held visitor and reception’s approval, not a second check-in', async () => {
    await kiosk.call('visits.checkIn', { visitTypeId: 'contractor', visitor: bob, agreementVersion: 1 })
    const [held] = await today()
    await kiosk.asReception('visits.approve', { visitId: held!.id })
    expect(kindsOf(held!.id)).toEqual(['held-for-approval', 'approval', 'link-issued'])
    expect(eventsOf(held!.id)[1]).toMatchObject({ outcome: 'succeeded', detail: { visitorName: 'Bob Builder', by: 'reception', heldFor: 'approval' } })
  })

  it('records a denied visitor as refused, with no access', async () => {
    await useDenyList(['Ada Lovelace'])
    await kiosk.call('visits.checkIn', { visitTypeId: 'guest', visitor: ada, agreementVersion: 1 })
    const [held] = await today()
    expect(eventsOf(held!.id)).toEqual([expect.objectContaining({ kind: 'denied', outcome: 'refused', detail: expect.objectContaining({ visitorName: 'Ada Lovelace', by: 'visitor' }) })])
  })

  it('records a check-out by reception and the link it removed', async () => {
    const visitId = await guestCheckIn()
    const [link] = kiosk.linksNamedFor(visitId)
    await kiosk.asReception('visits.checkOut', { visitId })
    expect(kindsOf(visitId)).toEqual(['check-in', 'link-issued', 'check-out', 'link-revoked'])
    expect(eventsOf(visitId)[2]).toMatchObject({ detail: { by: 'reception', method: null } })
    expect(eventsOf(visitId)[3]).toMatchObject({ detail: { linkId: link!.id, because: 'visit-ended' } })
  })

  it('records a visitor’s check-out by scanning their pass', async () => {
    const outcome = await kiosk.call<CheckInOutcome>('visits.checkIn', { visitTypeId: 'guest', visitor: ada, agreementVersion: 1 })
    if (outcome.outcome !== 'pass') throw new Error('expected a pass')
    await kiosk.call('visits.checkOutSelf', { passUrl: outcome.pass.linkUrl })
    expect(eventsOf(outcome.pass.visitId)[2]).toMatchObject({ kind: 'check-out', detail: { by: 'visitor', method: 'pass-scan' } })
  })

  it('records the automatic check-out as automatic', async () => {
    const visitId = await guestCheckIn()
    alterDatabase('UPDATE visits SET auto_check_out_at = ? WHERE id = ?', [kiosk.clock.now().toISOString(), visitId])
    await kiosk.services.visits.background.runAutoCheckOut()
    expect(eventsOf(visitId).filter((event) => event.kind === 'check-out')).toEqual([expect.objectContaining({ detail: expect.objectContaining({ by: 'automatic', method: null }) })])
  })

  it('records an extension as a new link issued and the old one revoked as replaced', async () => {
    const visitId = await guestCheckIn()
    const [old] = kiosk.linksNamedFor(visitId)
    await kiosk.asReception('visits.extend', { visitId, validUntil: new Date(kiosk.clock.now().getTime() + 2 * hour).toISOString() })
    expect(kindsOf(visitId)).toEqual(['check-in', 'link-issued', 'link-issued', 'link-revoked'])
    expect(eventsOf(visitId)[3]).toMatchObject({ detail: { linkId: old!.id, because: 'replaced' } })
  })

  it('checks the visitor in even when the event cannot be written, and says so in the log', async () => {
    alterDatabase('DROP TABLE kiosk_events')
    const visitId = await guestCheckIn()
    expect((await today()).find((visit) => visit.id === visitId)).toMatchObject({ status: 'on-site', access: { state: 'issued' } })
    expect(errors).toContain('A kiosk event could not be recorded')
  })
})
