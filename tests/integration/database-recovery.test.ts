import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import type { CheckInOutcome, StaffVisit } from '@shared/schemas/visit'
import type { KioskApp } from '../../electron/app/create-app'
import { migrations } from '../../electron/services/database/migrations'
import { SqliteDatabase } from '../../electron/services/database/sqlite-database'
import { databaseFileName } from '../../electron/services/database/storage-start'
import { StartupError } from '../../electron/services/startup-error'
import { damageTable } from '../fixtures/damage-database'
import { startTestApp } from '../fixtures/test-app'
import { useTempDirectory } from '../fixtures/temp-directory'
import { startVisitHarness, type VisitHarness } from '../fixtures/visit-harness'

const ada = { name: 'Ada Lovelace', host: 'Grace Hopper' }

function removeDatabase(directory: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(join(directory, `${databaseFileName}${suffix}`), { force: true })
}

const delivery = { visitTypeId: 'delivery', visitor: { name: 'Ada Lovelace', company: 'Post' }, agreementVersion: null }

/** A kiosk that has been set up (its PINs chosen), has had a visitor, and was stopped. */
async function setUpKiosk(directory: string): Promise<void> {
  const first = await startTestApp(directory)
  expect((await first.dispatch('staff.setupPins', { managerPin: '2468', receptionPin: '1357' })).ok).toBe(true)
  expect((await first.dispatch('visits.checkIn', delivery)).ok).toBe(true)
  first.close()
}

describe('a lost database', () => {
  const tempDirectory = useTempDirectory()

  it('stops the start with what to do, changes nothing, and stops it again next time', async () => {
    const directory = tempDirectory()
    await setUpKiosk(directory)
    removeDatabase(directory)
    const settingsBefore = readFileSync(join(directory, 'settings.json'), 'utf8')

    for (let start = 0; start < 2; start += 1) {
      const refused = startTestApp(directory)
      await expect(refused).rejects.toBeInstanceOf(StartupError)
      await expect(refused).rejects.toThrow(/frontdesk\.db is missing or empty, but the settings show this kiosk had one[\s\S]*backup copy of frontdesk\.db[\s\S]*--accept-empty-database/)
    }
    expect(readFileSync(join(directory, 'settings.json'), 'utf8')).toBe(settingsBefore)
  })

  it('is noticed from the PINs in settings written before databases had an id', async () => {
    const directory = tempDirectory()
    await setUpKiosk(directory)
    const settings = JSON.parse(readFileSync(join(directory, 'settings.json'), 'utf8')) as Record<string, unknown>
    delete settings['database']
    writeFileSync(join(directory, 'settings.json'), JSON.stringify(settings))
    removeDatabase(directory)
    await expect(startTestApp(directory)).rejects.toThrow(/missing or empty, but the settings show this kiosk had one/)
  })

  it('with unreadable settings too never reopens PIN setup: the start stops until a manager accepts', async () => {
    const directory = tempDirectory()
    await setUpKiosk(directory)
    removeDatabase(directory)
    writeFileSync(join(directory, 'settings.json'), '{"staff": ')

    for (let start = 0; start < 2; start += 1) {
      await expect(startTestApp(directory)).rejects.toThrow(/settings file .* cannot be read and the kiosk database .* is missing or empty, so the staff PINs cannot be restored/)
    }
    expect(readFileSync(join(directory, 'settings.json'), 'utf8')).toBe('{"staff": ')

    const accepted = await startTestApp(directory, undefined, { acceptEmptyDatabase: true })
    // The lost database's id went with the settings, so its links cannot be found: the notice says so.
    expect(accepted.notices.map((notice) => notice.kind)).toEqual(['settingsUnreadable', 'databaseStartedEmptyLinksKept', 'secretStorageWeak'])
    expect(await accepted.dispatch('staff.status', {})).toMatchObject({ ok: true, value: { pinsConfigured: false } })
    accepted.close()
  })

  it('with the settings file gone too never reopens PIN setup, whether the database file is gone or empty', async () => {
    for (const leaveEmptyDatabase of [false, true]) {
      const directory = tempDirectory()
      await setUpKiosk(directory)
      removeDatabase(directory)
      rmSync(join(directory, 'settings.json'))
      if (leaveEmptyDatabase) writeFileSync(join(directory, databaseFileName), '')
      await expect(startTestApp(directory)).rejects.toThrow(/missing or empty, but files of an earlier start are still there \(.*secret\.key\)/)
      expect(existsSync(join(directory, 'settings.json'))).toBe(false)
    }
  })

  it('gives an old database without an id one, in both files', async () => {
    const directory = tempDirectory()
    SqliteDatabase.open(join(directory, databaseFileName), migrations.filter((step) => step.version <= 4)).close()
    const services = await startTestApp(directory)
    services.close()
    const { id } = (JSON.parse(readFileSync(join(directory, 'settings.json'), 'utf8')) as { database: { id: string } }).database
    const database = SqliteDatabase.open(join(directory, databaseFileName), migrations)
    expect(database.get("SELECT value FROM kiosk_meta WHERE key = 'database_id'", z.object({ value: z.string() }))).toEqual({ value: id })
    database.close()
    expect(id).toMatch(/^[0-9a-f]{16}$/)
  })
})

describe('an accepted empty database and Kisi', () => {
  const tempDirectory = useTempDirectory()
  let kiosk: VisitHarness
  let reopened: KioskApp | undefined
  afterEach(async () => {
    reopened?.close()
    await kiosk.proxy.close()
    await kiosk.sandbox.close()
  })

  it('removes the links this kiosk made for the lost visits, and leaves other kiosks’ links alone', async () => {
    kiosk = await startVisitHarness(tempDirectory())
    const outcome = await kiosk.call<CheckInOutcome>('visits.checkIn', { visitTypeId: 'guest', visitor: ada, agreementVersion: 1 })
    if (outcome.outcome !== 'pass') throw new Error(`expected a pass, got ${outcome.outcome}`)
    const [made] = kiosk.linksNamedFor(outcome.pass.visitId)
    const groupId = made!.groupId
    const validUntil = new Date(kiosk.clock.now().getTime() + 3_600_000).toISOString()
    await kiosk.services.kisi.use((client) =>
      client.createGroupLinkOnce({ groupId, name: 'Bob Other (Guest) [fd:0123456789abcdef01234567/1]', validFrom: kiosk.clock.now().toISOString(), validUntil }),
    )
    // A link this database made before pass codes, with the visit id it then carried.
    const legacyName = `Old Visitor (Guest) [fd:${outcome.pass.visitId.slice(0, 8)}ffffffffffffffffffff/1]`
    await kiosk.services.kisi.use((client) => client.createGroupLinkOnce({ groupId, name: legacyName, validFrom: kiosk.clock.now().toISOString(), validUntil }))
    kiosk.services.close()
    removeDatabase(kiosk.dataDirectory)
    kiosk.clock.advance(60_000)

    reopened = await startTestApp(kiosk.dataDirectory, kiosk.clock, { kisiRequestsPerSecond: 100, acceptEmptyDatabase: true })
    expect(reopened.notices.map((notice) => notice.kind)).toContain('databaseStartedEmpty')
    await reopened.visits.background.reconcile()
    expect(kiosk.linksNamedFor(outcome.pass.visitId)).toEqual([])
    expect(kiosk.sandbox.state.groupLinks.filter((link) => link.name === legacyName)).toEqual([])
    reopened.sessions.start('reception')
    const today = await reopened.dispatch('visits.today', {})
    expect(today.ok && (today.value as StaffVisit[]).map((visit) => [visit.origin, visit.visitor.name])).toEqual([['other-kiosk', 'Bob Other']])
  })
})

describe('a damaged database page', () => {
  const tempDirectory = useTempDirectory()
  let services: KioskApp | undefined
  afterEach(() => {
    services?.close()
    services = undefined
  })

  it('in the staff audit: the kiosk starts, tells managers, and check-ins go on', async () => {
    const directory = tempDirectory()
    await setUpKiosk(directory)
    damageTable(join(directory, databaseFileName), 'staff_audit')

    services = await startTestApp(directory)
    expect(services.notices).toContainEqual(expect.objectContaining({ kind: 'databaseDamaged', params: { problem: expect.stringMatching(/malformed|page/) } }))
    expect((await services.dispatch('visits.checkIn', delivery)).ok).toBe(true)
  })

  it('in the visits: reception is told the database is damaged, not that something went wrong, and check-ins cannot be saved', async () => {
    const directory = tempDirectory()
    await setUpKiosk(directory)
    damageTable(join(directory, databaseFileName), 'visits')

    services = await startTestApp(directory)
    expect(services.notices).toContainEqual(expect.objectContaining({ kind: 'databaseDamagedNotWritable' }))
    services.sessions.start('reception')
    expect(await services.dispatch('visits.today', {})).toMatchObject({ ok: false, error: { code: 'unavailable', reason: 'databaseDamaged' } })
    services.sessions.end('locked')
    expect(await services.dispatch('visits.checkIn', delivery)).toMatchObject({ ok: false, error: { reason: 'databaseDamaged' } })
  })
})

describe('the data directory and database files', () => {
  const tempDirectory = useTempDirectory()

  it('are private to this user: new files 0600, an open 0755 directory tightened to 0700 and logged', async () => {
    const directory = join(tempDirectory(), 'kiosk')
    mkdirSync(directory, { mode: 0o755 })
    const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() }
    const services = await startTestApp(directory, undefined, { logger })
    await services.dispatch('visits.checkIn', delivery)

    expect(statSync(directory).mode & 0o777).toBe(0o700)
    expect(logger.warn).toHaveBeenCalledWith(expect.stringMatching(/mode 755.*now private to this user \(mode 700\)/), { dataDirectory: directory })
    for (const suffix of ['', '-wal', '-shm']) {
      const file = join(directory, `${databaseFileName}${suffix}`)
      expect(existsSync(file), file).toBe(true)
      expect(statSync(file).mode & 0o777, file).toBe(0o600)
    }
    services.close()
  })
})
