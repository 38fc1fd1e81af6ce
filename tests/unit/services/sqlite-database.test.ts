import { createHash } from 'node:crypto'
import { chmodSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { migrations } from '../../../electron/services/database/migrations'
import { SqliteDatabase } from '../../../electron/services/database/sqlite-database'
import { AppError } from '@shared/errors'
import { StartupError } from '../../../electron/services/startup-error'
import { damageTable } from '../../fixtures/damage-database'
import { useTempDirectory } from '../../fixtures/temp-directory'

const journalRow = z.object({ journal_mode: z.string() })
const countRow = z.object({ n: z.number() })
const fingerprint = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex')

describe('SqliteDatabase', () => {
  const tempDirectory = useTempDirectory()

  it('applies every migration to a new file and switches it to WAL', () => {
    const database = SqliteDatabase.open(join(tempDirectory(), 'kiosk.db'), migrations)
    expect(database.schemaVersion).toBe(migrations.at(-1)?.version)
    expect(database.get('PRAGMA journal_mode', journalRow)?.journal_mode).toBe('wal')
    database.run('INSERT INTO kiosk_events (at, kind) VALUES (?, ?)', ['2026-11-28T09:00:00Z', 'started'])
    expect(database.get('SELECT count(*) AS n FROM kiosk_events', countRow)).toEqual({ n: 1 })
    database.close()
  })

  it('stops with a clear message at a failing step and leaves the file untouched', () => {
    const path = join(tempDirectory(), 'kiosk.db')
    const first = SqliteDatabase.open(path, migrations)
    first.run("INSERT INTO staff_audit (at, action, outcome) VALUES ('2026-11-28', 'kept', 'succeeded')")
    first.close()
    const before = fingerprint(path)

    const latest = migrations.at(-1)!.version
    const broken = [
      ...migrations,
      { version: latest + 1, name: 'add badges', sql: 'CREATE TABLE test_badges (id INTEGER PRIMARY KEY)' },
      { version: latest + 2, name: 'broken step', sql: 'ALTER TABLE no_such_table ADD COLUMN x TEXT' },
    ]
    const failure = (() => {
      try {
        SqliteDatabase.open(path, broken)
        return null
      } catch (error) {
        return error
      }
    })()
    expect(failure).toBeInstanceOf(StartupError)
    expect((failure as Error).message).toContain(`step ${latest + 2} "broken step"`)
    expect((failure as Error).message).toMatch(new RegExp(`no_such_table.*left unchanged \\(schema ${latest}\\)`))
    expect(fingerprint(path)).toBe(before)

    const reopened = SqliteDatabase.open(path, migrations)
    expect(reopened.schemaVersion).toBe(latest)
    expect(reopened.get("SELECT count(*) AS n FROM sqlite_master WHERE name = 'test_badges'", countRow)).toEqual({ n: 0 })
    expect(reopened.get('SELECT count(*) AS n FROM staff_audit', countRow)).toEqual({ n: 1 })
    reopened.close()
  })

  it('refuses a file written by a newer version', () => {
    const path = join(tempDirectory(), 'kiosk.db')
    const future = SqliteDatabase.open(path, [...migrations, { version: 90, name: 'future', sql: 'SELECT 1' }])
    future.close()
    expect(() => SqliteDatabase.open(path, migrations)).toThrow(`newer Frontdesk (schema 90, this version knows ${migrations.at(-1)!.version})`)
  })

  it('parses rows with the schema given, dropping driver bookkeeping', () => {
    const database = SqliteDatabase.open(join(tempDirectory(), 'kiosk.db'), migrations)
    const row = database.get('SELECT 1 AS n', countRow)
    expect(Object.keys(row ?? {})).toEqual(['n'])
    expect(() => database.get("SELECT 'x' AS n", countRow)).toThrow()
    database.close()
  })

  it('creates the file, its -wal and its -shm readable by this user only, and tightens an existing file', () => {
    const path = join(tempDirectory(), 'kiosk.db')
    const database = SqliteDatabase.open(path, migrations)
    database.run("INSERT INTO kiosk_events (at, kind) VALUES ('2026-11-28', 'x')")
    for (const file of [path, `${path}-wal`, `${path}-shm`]) expect(statSync(file).mode & 0o777, file).toBe(0o600)
    database.close()

    chmodSync(path, 0o644)
    SqliteDatabase.open(path, migrations).close()
    expect(statSync(path).mode & 0o777).toBe(0o600)
  })

  it('folds the write-ahead log into the file on close, so the file alone is a whole copy', () => {
    const path = join(tempDirectory(), 'kiosk.db')
    const database = SqliteDatabase.open(path, migrations)
    database.run("INSERT INTO kiosk_events (at, kind) VALUES ('2026-11-28', 'kept')")
    database.close()
    expect(existsSync(`${path}-wal`) ? statSync(`${path}-wal`).size : 0).toBe(0)
  })

  it('inspects a file without creating or changing it', () => {
    const directory = tempDirectory()
    const path = join(directory, 'kiosk.db')
    expect(SqliteDatabase.inspect(path)).toEqual({ isNew: true, schemaVersion: 0 })
    expect(existsSync(path)).toBe(false)
    writeFileSync(path, '')
    expect(SqliteDatabase.inspect(path)).toEqual({ isNew: true, schemaVersion: 0 })
    SqliteDatabase.open(path, migrations).close()
    expect(SqliteDatabase.inspect(path)).toEqual({ isNew: false, schemaVersion: migrations.at(-1)!.version })
  })

  it('names damaged pages in its quick check, and answers a damaged read with a reason the screens word', () => {
    const path = join(tempDirectory(), 'kiosk.db')
    const sound = SqliteDatabase.open(path, migrations)
    expect(sound.quickCheck()).toEqual([])
    sound.run("INSERT INTO staff_audit (at, action, outcome) VALUES ('2026-11-28', 'kept', 'succeeded')")
    sound.close()
    damageTable(path, 'staff_audit')

    const damaged = SqliteDatabase.open(path, migrations)
    const told: string[] = []
    damaged.whenDamaged((problem) => told.push(problem))
    expect(damaged.quickCheck()).not.toEqual([])
    const failure = (() => {
      try {
        return damaged.all('SELECT * FROM staff_audit', z.unknown())
      } catch (error) {
        return error
      }
    })()
    expect(failure).toBeInstanceOf(AppError)
    expect(failure).toMatchObject({ code: 'unavailable', reason: 'databaseDamaged' })
    expect(told).toEqual([expect.stringMatching(/malformed/)])
    expect(damaged.get('SELECT count(*) AS n FROM kiosk_events', countRow)).toEqual({ n: 0 })
    damaged.close()
  })

  it('refuses to start on a file that is not a database, saying where the recovery steps are', () => {
    const path = join(tempDirectory(), 'kiosk.db')
    writeFileSync(path, 'this is not a database, just text that is long enough to have a header'.repeat(100))
    expect(() => SqliteDatabase.inspect(path)).toThrow(StartupError)
    expect(() => SqliteDatabase.open(path, migrations)).toThrow(/could not be read: .*Recovery/)
  })
})
