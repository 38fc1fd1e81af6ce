import { join } from 'node:path'
import { format } from 'date-fns'
import { afterEach, describe, expect, it } from 'vitest'
import { z } from 'zod'
import type { AccessLogEntry, AccessLogPage } from '@shared/schemas/access-log'
import type { StaffVisit } from '@shared/schemas/visit'
import type { VisitPolicies } from '@shared/schemas/visit-policy'
import { recordEvent } from '../../electron/kisi-sandbox/event-log'
import type { GroupLinkRecord } from '../../electron/kisi-sandbox/sandbox-model'
import { denials } from '../../electron/kisi-sandbox/wire-errors'
import { VisitLinkEvents } from '../../electron/services/access-log/visit-link-events'
import { AccessLogDay, dayBounds } from '../../electron/services/access-log/access-log-day'
import { databaseFileName } from '../../electron/services/database/storage-start'
import { migrations } from '../../electron/services/database/migrations'
import { SqliteDatabase } from '../../electron/services/database/sqlite-database'
import { giveGuestsVisitorDoors, startAccessLogHarness, type AccessLogHarness } from '../fixtures/access-log-harness'
import { useTempDirectory } from '../fixtures/temp-directory'

const dayMs = 24 * 3_600_000
const ada = { name: 'Ada Lovelace', email: 'ada@example.com', company: 'Analytical Engines', host: 'Charles Babbage' }

describe('a day of the access log', () => {
  const tempDirectory = useTempDirectory()
  let kiosk: AccessLogHarness

  afterEach(async () => {
    await kiosk.stop()
  })

  const today = () => format(kiosk.clock.now(), 'yyyy-MM-dd')
  const page = (day: string, after: AccessLogPage['next'] = null, limit = 500) => kiosk.call<AccessLogPage>('accessLog.day', { day, after, limit })
  const wholeDay = async (day: string, limit: number): Promise<{ entries: AccessLogEntry[]; totals: number[] }> => {
    const entries: AccessLogEntry[] = []
    const totals: number[] = []
    let next: AccessLogPage['next'] = null
    do {
      const answer = await page(day, next, limit)
      entries.push(...answer.entries)
      totals.push(answer.total)
      next = answer.next
    } while (next !== null && totals.length < 1_000)
    return { entries, totals }
  }
  const inDay = (day: string, at: number): boolean => {
    const { from, until } = dayBounds(day)
    return at >= Date.parse(from) && at < Date.parse(until)
  }

  it('gives every line of the day once, newest first, across pages, and only the kiosk’s place', async () => {
    kiosk = await startAccessLogHarness(tempDirectory())
    kiosk.addEvents(1_200, { everyMs: 30_000 })
    kiosk.addEvents(300, { placeId: kiosk.places.warehouse, everyMs: 30_000 })
    await kiosk.app.accessLog.run()
    const hq = kiosk.sandbox.state.events.filter(({ event }) => event.place_id === kiosk.places.hq && inDay(today(), Date.parse(event.created_at)))

    const { entries, totals } = await wholeDay(today(), 170)
    const kisi = entries.filter((entry) => entry.source === 'kisi')

    expect(kisi).toHaveLength(hq.length)
    expect(new Set(entries.map((entry) => entry.id)).size).toBe(entries.length)
    expect(new Set(totals)).toEqual(new Set([entries.length]))
    const order = entries.map((entry) => [entry.at, entry.id].join(' '))
    expect(order).toEqual([...order].sort().reverse())
    const refused = kisi.filter((entry) => entry.outcome === 'refused')
    expect(refused.length).toBe(hq.filter(({ event }) => !event.success).length)
    expect(refused[0]).toMatchObject({ kind: 'unlock', doorId: expect.any(Number), doorName: expect.any(String), detail: denials.controllerUnavailable.message })
    expect(kisi.find((entry) => entry.kisiUserId !== null)).toMatchObject({ person: kiosk.sandbox.state.users[0]!.name, kisiUserId: kiosk.sandbox.state.users[0]!.id })
    // The staff actions of connecting and choosing the place are lines of the day too.
    expect(entries.filter((entry) => entry.source === 'staff').map((entry) => entry.detail)).toEqual(expect.arrayContaining([expect.stringContaining('choose')]))
  }, 60_000)

  it('names a visitor’s unlock by the visit, and shows the kiosk’s own events of that visit', async () => {
    const dataDirectory = tempDirectory()
    kiosk = await startAccessLogHarness(dataDirectory)
    await giveGuestsVisitorDoors(kiosk)
    // Reception's walk-in: the harness's day is a Saturday, outside the guest type's hours.
    const { id: visitId } = await kiosk.call<StaffVisit>('visits.walkIn', { visitTypeId: 'guest', visitor: ada, agreementVersion: 1 })
    const database = SqliteDatabase.open(join(dataDirectory, databaseFileName), migrations)
    const linkId = database.get('SELECT link_id FROM visits WHERE id = ?', z.object({ link_id: z.number() }), [visitId])!.link_id
    database.close()
    const door = kiosk.sandbox.state.locks.find((lock) => lock.placeId === kiosk.places.hq)!
    const link = { id: linkId, name: 'Pass 1234', email: null } as GroupLinkRecord
    kiosk.advance(5_000)
    recordEvent(kiosk.sandbox.state, kiosk.clock.now().getTime() - 1_000, { type: 'lock.unlock', caller: { kind: 'group-link', link }, object: { type: 'Lock', id: door.id, name: door.name }, placeId: kiosk.places.hq })
    kiosk.advance(60_000)
    await kiosk.app.accessLog.run()

    const { entries } = await wholeDay(today(), 500)
    const ofVisit = entries.filter((entry) => entry.visitId === visitId)
    expect(ofVisit.map((entry) => entry.kind).reverse()).toEqual(['check-in', 'link-issued', 'unlock'])
    expect(ofVisit[0]).toMatchObject({ source: 'kisi', person: 'Ada Lovelace', doorId: door.id, outcome: 'succeeded', kisiUserId: null, detail: 'with the visitor’s access link' })
    expect(ofVisit[2]).toMatchObject({ source: 'kiosk', person: 'Ada Lovelace', detail: expect.stringContaining('checked in by reception') })
  }, 60_000)

  it('opens a past day from the local copy with Kisi unreachable', async () => {
    kiosk = await startAccessLogHarness(tempDirectory())
    kiosk.addEvents(40, { everyMs: 60_000, endingAt: kiosk.clock.now().getTime() - dayMs })
    await kiosk.app.accessLog.run()
    await kiosk.sandbox.close()
    const yesterday = format(kiosk.clock.now().getTime() - dayMs, 'yyyy-MM-dd')

    const { entries } = await wholeDay(yesterday, 500)
    const expected = kiosk.sandbox.state.events.filter(({ event }) => inDay(yesterday, Date.parse(event.created_at)))
    expect(entries.filter((entry) => entry.source === 'kisi')).toHaveLength(expected.length)
    expect(expected.length).toBeGreaterThan(0)
  }, 60_000)

  it('pages through lines of the very same millisecond in every source once each, in one order', () => {
    const database = SqliteDatabase.open(join(tempDirectory(), databaseFileName), migrations)
    const at = '2026-11-28T12:00:00.000Z'
    for (let index = 0; index < 4; index += 1) {
      database.run("INSERT INTO kisi_events (uuid, place_id, at, type, action, success, object_type, object_id, object_name) VALUES (?, 7, ?, 'lock.unlock', 'unlock', 1, 'Lock', 1, 'Front')", [`uuid-${index}`, at])
      database.run("INSERT INTO kiosk_events (at, kind, detail, outcome) VALUES (?, 'cancelled', '{}', 'succeeded')", [at])
      database.run("INSERT INTO staff_audit (at, role, action, outcome) VALUES (?, 'manager', 'look', 'succeeded')", [at])
    }
    const log = new AccessLogDay(database, () => 7, new VisitLinkEvents(database))
    const day = format(new Date(at), 'yyyy-MM-dd')
    const seen: string[] = []
    let next = log.page(day, null, 1, 'manager').next
    seen.push(...log.page(day, null, 1, 'manager').entries.map((entry) => entry.id))
    // Bounded, so a cursor that stops moving fails the test instead of hanging it.
    while (next !== null && seen.length < 100) {
      const answer = log.page(day, next, 1, 'manager')
      seen.push(...answer.entries.map((entry) => entry.id))
      next = answer.next
    }
    database.close()
    expect(seen).toHaveLength(12)
    expect(new Set(seen).size).toBe(12)
    expect(seen).toEqual([...seen].sort().reverse())
  })

  it('shows reception only its own staff actions and those about a visit: the audit trail is a manager’s', async () => {
    kiosk = await startAccessLogHarness(tempDirectory())
    const policies = await kiosk.call<VisitPolicies>('policies.get')
    await kiosk.call('policies.save', { ...policies, denyList: { names: ['Mallory Blocked'], emails: [] } })
    kiosk.app.sessions.start('reception')
    const answer = await kiosk.app.dispatch('accessLog.day', { day: today(), after: null, limit: 500 })
    kiosk.app.sessions.end('locked')
    const asReception = answer.ok ? (answer.value as AccessLogPage) : null
    const asManager = await page(today())

    const details = (log: AccessLogPage | null) => JSON.stringify(log?.entries.map((entry) => entry.detail))
    expect(details(asManager)).toContain('Mallory Blocked')
    expect(details(asManager)).toContain('change visitor policies')
    expect(asReception).not.toBeNull()
    expect(details(asReception)).not.toContain('Mallory Blocked')
    expect(details(asReception)).not.toContain('change visitor policies')
    expect(asReception?.entries.filter((entry) => entry.source === 'staff' && entry.person !== 'reception')).toEqual([])
    // The count leaves the same lines out, so reception's screen does not wait for lines it never gets.
    expect(asReception?.total).toBe(asReception?.entries.length)
    expect(asManager.total).toBe(asManager.entries.length)
  }, 60_000)

  it('lets reception read today only, and refuses a day that does not exist', async () => {
    kiosk = await startAccessLogHarness(tempDirectory())
    kiosk.app.sessions.start('reception')
    const asReception = (day: string) => kiosk.app.dispatch('accessLog.day', { day })
    expect(await asReception(today())).toMatchObject({ ok: true })
    expect(await asReception(format(kiosk.clock.now().getTime() - dayMs, 'yyyy-MM-dd'))).toMatchObject({ ok: false, error: { code: 'forbidden', reason: 'accessLogTodayOnly' } })
    expect(await asReception('2026-02-30')).toMatchObject({ ok: false, error: { code: 'invalid_request' } })
    kiosk.app.sessions.end('locked')
  }, 60_000)
})
