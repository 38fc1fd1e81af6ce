import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { z } from 'zod'
import type { StaffVisit } from '@shared/schemas/visit'
import { recordEvent } from '../../electron/kisi-sandbox/event-log'
import { databaseFileName } from '../../electron/services/database/storage-start'
import { migrations } from '../../electron/services/database/migrations'
import { SqliteDatabase } from '../../electron/services/database/sqlite-database'
import { giveGuestsVisitorDoors, startAccessLogHarness, type AccessLogHarness } from '../fixtures/access-log-harness'
import { startTestApp } from '../fixtures/test-app'
import { useTempDirectory } from '../fixtures/temp-directory'

const dayMs = 24 * 3_600_000
const ada = { name: 'Ada Lovelace', email: 'ada@example.com', company: 'Analytical Engines', host: 'Charles Babbage' }
const grace = { name: 'Grace Hopper', email: 'grace@example.com', host: 'Alan Turing' }

/** Every row that names someone, from each table that can, as the kiosk's database holds them. */
function rowsNaming(dataDirectory: string, name: string): Record<'visits' | 'kioskEvents' | 'staffAudit' | 'kisiEvents', string[]> {
  const database = SqliteDatabase.open(join(dataDirectory, databaseFileName), migrations)
  const text = z.object({ text: z.string() })
  const matching = (sql: string): string[] => database.all(sql, text, [`%${name}%`]).map((row) => row.text)
  try {
    return {
      visits: matching("SELECT visitor_name || ' ' || visitor_details AS text FROM visits WHERE visitor_details LIKE ?1"),
      kioskEvents: matching("SELECT coalesce(person, '') || ' ' || detail AS text FROM kiosk_events WHERE person LIKE ?1 OR detail LIKE ?1"),
      staffAudit: matching("SELECT action || ' ' || detail AS text FROM staff_audit WHERE action LIKE ?1 OR detail LIKE ?1"),
      kisiEvents: matching("SELECT coalesce(actor_name, '') || ' ' || object_name AS text FROM kisi_events WHERE actor_name LIKE ?1 OR object_name LIKE ?1"),
    }
  } finally {
    database.close()
  }
}

/** Every row of every table whose text holds `text` anywhere, as `table: row` — what a forgotten column would still give away. */
function everywhereNaming(dataDirectory: string, text: string): string[] {
  const database = SqliteDatabase.open(join(dataDirectory, databaseFileName), migrations)
  try {
    const tables = database.all("SELECT name FROM sqlite_master WHERE type = 'table'", z.object({ name: z.string() }))
    return tables.flatMap(({ name: table }) =>
      database
        .all(`SELECT * FROM "${table}"`, z.record(z.string(), z.unknown()))
        .map((row) => `${table}: ${JSON.stringify(row)}`)
        .filter((row) => row.includes(text)),
    )
  } finally {
    database.close()
  }
}

/** The details of a visit's roll-call ticks, as stored. */
function ticksOf(dataDirectory: string, visitId: string): unknown[] {
  const database = SqliteDatabase.open(join(dataDirectory, databaseFileName), migrations)
  try {
    return database.all("SELECT detail FROM kiosk_events WHERE visit_id = ? AND kind = 'marked-safe'", z.object({ detail: z.string() }), [visitId]).map((row) => JSON.parse(row.detail))
  } finally {
    database.close()
  }
}

function rowCounts(dataDirectory: string): Record<string, number> {
  const database = SqliteDatabase.open(join(dataDirectory, databaseFileName), migrations)
  try {
    const count = (table: string): number => database.get(`SELECT COUNT(*) AS count FROM ${table}`, z.object({ count: z.number() }))!.count
    return { visits: count('visits'), kioskEvents: count('kiosk_events'), kisiEvents: count('kisi_events') }
  } finally {
    database.close()
  }
}

function writeAuditRow(dataDirectory: string, at: string, action: string): void {
  const database = SqliteDatabase.open(join(dataDirectory, databaseFileName), migrations)
  database.run("INSERT INTO staff_audit (at, role, action, outcome) VALUES (?, 'reception', ?, 'succeeded')", [at, action])
  database.close()
}

describe('keeping visitors’ personal data only as long as the setting says', () => {
  const tempDirectory = useTempDirectory()
  let kiosk: AccessLogHarness
  let dataDirectory: string

  afterEach(async () => {
    await kiosk.stop()
  })

  /** A visitor with a Kisi link who opened a door with it, checked out again; answers the visit. */
  async function visitWithUnlock(visitor: Record<string, string>): Promise<StaffVisit> {
    const visit = await kiosk.call<StaffVisit>('visits.walkIn', { visitTypeId: 'guest', visitor, agreementVersion: 1 })
    const link = kiosk.sandbox.state.groupLinks.find((candidate) => candidate.name.startsWith(visitor['name']!))!
    const door = kiosk.sandbox.state.locks.find((lock) => lock.placeId === kiosk.places.hq)!
    recordEvent(kiosk.sandbox.state, kiosk.clock.now().getTime() - 500, { type: 'lock.unlock', caller: { kind: 'group-link', link }, object: { type: 'Lock', id: door.id, name: door.name }, placeId: kiosk.places.hq })
    kiosk.advance(60_000)
    await kiosk.app.accessLog.run()
    // Ticked safe in a roll call while on site: the tick names the visitor too.
    await kiosk.call('accessLog.markSafe', { personKey: `visit:${visit.id}`, safe: true })
    const left = await kiosk.call<StaffVisit>('visits.checkOut', { visitId: visit.id })
    await kiosk.app.visits.runner.idle(3_000)
    return left
  }

  async function start(): Promise<void> {
    dataDirectory = tempDirectory()
    kiosk = await startAccessLogHarness(dataDirectory)
    await giveGuestsVisitorDoors(kiosk)
    await kiosk.call('settings.update', { visitorDataDays: 30 })
  }

  it('erases a visitor older than the setting from every table, keeps the rows, and keeps a newer visitor', async () => {
    await start()
    const old = await visitWithUnlock(ada)
    // An audit row from before rows carried a visit id, in the visit's lifetime, and the same name a year before it.
    writeAuditRow(dataDirectory, kiosk.clock.now().toISOString(), 'check out Ada Lovelace (Guest)')
    writeAuditRow(dataDirectory, new Date(kiosk.clock.now().getTime() - 365 * dayMs).toISOString(), 'pre-register Ada Lovelace')
    expect(rowsNaming(dataDirectory, 'Ada Lovelace')).toMatchObject({
      visits: [expect.stringContaining('Charles Babbage')],
      kioskEvents: expect.arrayContaining([expect.any(String)]),
      staffAudit: expect.arrayContaining([expect.stringContaining('check in walk-in Ada Lovelace')]),
      // The unlock by the link, and Kisi's record of the link's creation (whose object is the link).
      kisiEvents: [expect.stringContaining('Main Entrance'), expect.stringContaining('Demo Admin')],
    })

    kiosk.advance(20 * dayMs)
    await visitWithUnlock(grace)
    kiosk.advance(11 * dayMs)
    const before = rowCounts(dataDirectory)
    const graceRowsBefore = rowsNaming(dataDirectory, 'Grace Hopper')

    expect(kiosk.app.retention.run()).toBe(1)

    expect(rowsNaming(dataDirectory, 'Ada Lovelace')).toEqual({ visits: [], kioskEvents: [], staffAudit: ['pre-register Ada Lovelace '], kisiEvents: [] })
    // The tick keeps its shape: the name replaced, no key of another kind of event added.
    expect(ticksOf(dataDirectory, old.id)).toEqual([{ personKey: `visit:${old.id}`, personName: 'Erased visitor', safe: true, by: 'manager' }])
    // Only the namesake a year before the visit, in no other row of any table.
    expect(everywhereNaming(dataDirectory, 'Ada Lovelace')).toEqual([expect.stringMatching(/^staff_audit: .*pre-register Ada Lovelace/)])
    for (const detail of [ada.email, ada.company, ada.host]) expect(rowsNaming(dataDirectory, detail).visits).toEqual([])
    expect(rowsNaming(dataDirectory, 'Grace Hopper')).toEqual(graceRowsBefore)
    expect(rowCounts(dataDirectory)).toEqual(before)
    const erased = rowsNaming(dataDirectory, 'Erased visitor')
    expect(erased.visits).toHaveLength(1)
    expect(erased.kioskEvents.length).toBeGreaterThanOrEqual(3)
    expect(erased.kisiEvents.length).toBeGreaterThanOrEqual(2)
    expect(erased.staffAudit).toEqual(expect.arrayContaining([expect.stringContaining('check in walk-in Erased visitor'), 'check out Erased visitor (Guest) ']))
    expect(erased.staffAudit.join('\n')).toContain(`visit ${old.id}`)

    const trail = await kiosk.call<{ entries: { action: string; detail: string }[] }>('audit.list', { page: 0, problemsOnly: false })
    expect(trail.entries[0]).toMatchObject({ action: 'erase the personal data of visitors whose visit ended more than 30 days ago', detail: '1 visit erased' })
    // A second run finds nothing more, and says so.
    expect(kiosk.app.retention.run()).toBe(0)
  }, 60_000)

  it('erases one visitor now on request, refuses a visitor still on site, and names no one in the trail', async () => {
    await start()
    const left = await visitWithUnlock(grace)
    const onSite = await kiosk.call<StaffVisit>('visits.walkIn', { visitTypeId: 'guest', visitor: ada, agreementVersion: 1 })

    await expect(kiosk.call('visits.erase', { visitId: onSite.id })).rejects.toMatchObject({ code: 'conflict', reason: 'visitNotEnded' })
    await kiosk.call('visits.erase', { visitId: left.id })
    kiosk.app.sessions.start('reception')
    expect(await kiosk.app.dispatch('visits.erase', { visitId: left.id })).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    kiosk.app.sessions.end('locked')

    expect(rowsNaming(dataDirectory, 'Grace Hopper')).toEqual({ visits: [], kioskEvents: [], staffAudit: [], kisiEvents: [] })
    expect(everywhereNaming(dataDirectory, 'Grace Hopper')).toEqual([])
    expect(rowsNaming(dataDirectory, 'Ada Lovelace').visits).toHaveLength(1)
    const trail = await kiosk.call<{ entries: { action: string; outcome: string }[] }>('audit.list', { page: 0, problemsOnly: false })
    expect(trail.entries.slice(0, 2)).toMatchObject([
      { action: `erase the visitor’s personal data of visit ${left.id} on request`, outcome: 'succeeded' },
      { action: `erase the visitor’s personal data of visit ${onSite.id} on request`, outcome: 'failed' },
    ])
  }, 60_000)

  it('stores Kisi events of an erased visitor’s link that arrive after the erasure without the name', async () => {
    await start()
    const visit = await kiosk.call<StaffVisit>('visits.walkIn', { visitTypeId: 'guest', visitor: grace, agreementVersion: 1 })
    const link = kiosk.sandbox.state.groupLinks.find((candidate) => candidate.name.startsWith(grace.name))!
    await kiosk.call('visits.checkOut', { visitId: visit.id })
    await kiosk.app.visits.runner.idle(3_000)
    await kiosk.call('visits.erase', { visitId: visit.id })

    // Kisi was behind: the link's creation and an unlock by it reach the kiosk only now.
    const door = kiosk.sandbox.state.locks.find((lock) => lock.placeId === kiosk.places.hq)!
    recordEvent(kiosk.sandbox.state, kiosk.clock.now().getTime() - 500, { type: 'lock.unlock', caller: { kind: 'group-link', link }, object: { type: 'Lock', id: door.id, name: door.name }, placeId: kiosk.places.hq })
    kiosk.advance(60_000)
    await kiosk.app.accessLog.run()

    expect(rowsNaming(dataDirectory, 'Erased visitor').kisiEvents).toEqual(expect.arrayContaining([expect.stringContaining('Main Entrance'), expect.stringContaining('Demo Admin')]))
    expect(everywhereNaming(dataDirectory, grace.name)).toEqual([])
  }, 60_000)
})

describe('a damaged retention setting', () => {
  const tempDirectory = useTempDirectory()

  it('is reported and falls back to 90 days, the other settings kept', async () => {
    const directory = tempDirectory()
    const first = await startTestApp(directory)
    await first.close()
    const path = join(directory, 'settings.json')
    const raw = JSON.parse(readFileSync(path, 'utf8')) as { kiosk: Record<string, unknown> }
    raw.kiosk['visitorDataDays'] = -5
    raw.kiosk['organisationName'] = 'Analytical Engines'
    writeFileSync(path, JSON.stringify(raw))

    const restarted = await startTestApp(directory)
    try {
      expect(restarted.notices.map(({ kind, params }) => ({ kind, params }))).toContainEqual({ kind: 'settingsReset', params: { settings: ['kiosk.visitorDataDays'] } })
      expect(restarted.settings.get().kiosk).toMatchObject({ visitorDataDays: 90, organisationName: 'Analytical Engines' })
    } finally {
      await restarted.close()
    }
  })
})
