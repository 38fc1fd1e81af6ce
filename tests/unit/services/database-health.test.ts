import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import { DatabaseHealth, type DatabaseCondition } from '../../../electron/services/database/database-health'
import { migrations } from '../../../electron/services/database/migrations'
import { SqliteDatabase } from '../../../electron/services/database/sqlite-database'
import { damageTable } from '../../fixtures/damage-database'
import { TestClock } from '../../fixtures/test-clock'
import { useTempDirectory } from '../../fixtures/temp-directory'

describe('DatabaseHealth', () => {
  const tempDirectory = useTempDirectory()
  let database: SqliteDatabase | undefined
  afterEach(() => {
    database?.close()
    database = undefined
    vi.useRealTimers()
  })

  function damagedDatabase(table: string): SqliteDatabase {
    const path = join(tempDirectory(), 'kiosk.db')
    const fresh = SqliteDatabase.open(path, migrations)
    fresh.run("INSERT INTO staff_audit (at, action, outcome) VALUES ('2026-11-28', 'kept', 'succeeded')")
    fresh.close()
    damageTable(path, table)
    database = SqliteDatabase.open(path, migrations)
    return database
  }

  it('finds nothing in a sound file', () => {
    database = SqliteDatabase.open(join(tempDirectory(), 'kiosk.db'), migrations)
    const report = vi.fn()
    expect(new DatabaseHealth(database, new TestClock(), report).check()).toEqual({ sound: true })
    expect(report).not.toHaveBeenCalled()
  })

  it('says check-ins can still be saved beside a damaged page elsewhere, and leaves no trace of trying', () => {
    const report = vi.fn()
    const damaged = damagedDatabase('staff_audit')
    const condition = new DatabaseHealth(damaged, new TestClock(), report).check()
    expect(condition).toMatchObject({ sound: false, writable: true, problem: expect.any(String) })
    expect(report).toHaveBeenCalledWith(condition)
    expect(damaged.get('SELECT count(*) AS n FROM visits', z.object({ n: z.number() }))).toEqual({ n: 0 })
  })

  it('says check-ins cannot be saved when the outbox is damaged', () => {
    expect(new DatabaseHealth(damagedDatabase('link_jobs'), new TestClock(), () => {}).check()).toMatchObject({ sound: false, writable: false })
  })

  it('runs the check once a day', () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })
    const reports: DatabaseCondition[] = []
    const health = new DatabaseHealth(damagedDatabase('staff_audit'), new TestClock(), (condition) => reports.push(condition))
    health.start()
    vi.advanceTimersByTime(24 * 60 * 60_000 - 1)
    expect(reports).toEqual([])
    vi.advanceTimersByTime(1)
    expect(reports).toEqual([expect.objectContaining({ sound: false })])
    health.stop()
  })

  it('hears of a damaged page met by a call, at most once a minute', () => {
    const clock = new TestClock()
    const reports: DatabaseCondition[] = []
    const damaged = damagedDatabase('staff_audit')
    new DatabaseHealth(damaged, clock, (condition) => reports.push(condition))
    const writeAudit = () => expect(() => damaged.run("INSERT INTO staff_audit (at, action, outcome) VALUES ('x', 'y', 'succeeded')")).toThrow()
    writeAudit()
    writeAudit()
    expect(reports).toHaveLength(1)
    clock.advance(60_000)
    writeAudit()
    expect(reports).toHaveLength(2)
  })
})
