import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { z } from 'zod'
import { failedBecause } from '@shared/errors'
import { StartupError } from '../startup-error'
import { damageOf } from './database-damage'
import { keepDatabaseFilesPrivate } from './private-files'
import type { Migration } from './migrations'

type Parameters = readonly unknown[] | Record<string, unknown>

interface NativeStatement {
  run(...params: unknown[]): { changes: number }
  get(...params: unknown[]): unknown
  all(...params: unknown[]): unknown[]
  raw(enabled?: boolean): NativeStatement
}

interface NativeDatabase {
  prepare(sql: string): NativeStatement
  exec(sql: string): void
  pragma(source: string): unknown
  transaction<T>(fn: () => T): () => T
  close(): void
}

// libsql ships CommonJS with an N-API binary; requiring it works the same in Node 20 and Electron's Node 22.
const NativeDatabase = createRequire(import.meta.url)('libsql') as new (path: string) => NativeDatabase

/** What a database file holds before anything is changed in it. */
export interface DatabaseFileFacts {
  /** No file, or a file without any of the kiosk's tables. */
  isNew: boolean
  schemaVersion: number
}

const recoverySteps = 'See "Recovery" under Troubleshooting in the README.'

/**
 * The kiosk's SQLite file. Rows are parsed with a schema on the way out, which also drops the
 * bookkeeping keys libsql adds to each row. A damaged file answers every call it cannot serve with
 * `databaseDamaged`, which screens word, and tells whoever watches (`whenDamaged`).
 */
export class SqliteDatabase {
  readonly path: string
  readonly #native: NativeDatabase
  #damaged: (problem: string) => void = () => {}

  private constructor(path: string, native: NativeDatabase) {
    this.path = path
    this.#native = native
  }

  /** Reads how far the file is set up, creating nothing: a start may still be refused. */
  static inspect(path: string): DatabaseFileFacts {
    if (!existsSync(path)) return { isNew: true, schemaVersion: 0 }
    const database = new SqliteDatabase(path, SqliteDatabase.#connect(path))
    try {
      const schemaVersion = database.schemaVersion
      return { isNew: schemaVersion === 0, schemaVersion }
    } catch (error) {
      throw startupErrorOf(error, path)
    } finally {
      database.close()
    }
  }

  /** Opens the file and applies pending migrations in one transaction; see `migrate`. */
  static open(path: string, steps: readonly Migration[]): SqliteDatabase {
    const native = SqliteDatabase.#connect(path)
    const database = new SqliteDatabase(path, native)
    try {
      database.#migrate(steps)
    } catch (error) {
      native.close()
      throw startupErrorOf(error, path)
    }
    native.pragma('journal_mode = WAL')
    native.pragma('foreign_keys = ON')
    native.pragma('busy_timeout = 5000')
    return database
  }

  /**
   * The file is made private to this user before SQLite opens it: SQLite gives the `-wal` and
   * `-shm` files it creates later the main file's mode, so they are private too.
   */
  static #connect(path: string): NativeDatabase {
    try {
      keepDatabaseFilesPrivate(path)
      return new NativeDatabase(path)
    } catch (error) {
      throw new StartupError(`The kiosk database ${path} could not be opened: ${messageOf(error)}. ${recoverySteps}`, { cause: error })
    }
  }

  get schemaVersion(): number {
    return this.#guarded(() => {
      const row = this.#native.prepare('PRAGMA user_version').raw().get() as unknown[] | undefined
      return Number(row?.[0] ?? 0)
    })
  }

  /** Runs a write; answers how many rows it changed. */
  run(sql: string, params: Parameters = []): number {
    return this.#guarded(() => Number(this.#native.prepare(sql).run(params).changes))
  }

  get<T>(sql: string, schema: z.ZodType<T>, params: Parameters = []): T | undefined {
    const row = this.#guarded(() => this.#native.prepare(sql).get(params))
    return row === undefined ? undefined : schema.parse(row)
  }

  all<T>(sql: string, schema: z.ZodType<T>, params: Parameters = []): T[] {
    return this.#guarded(() => this.#native.prepare(sql).all(params)).map((row) => schema.parse(row))
  }

  transaction<T>(work: () => T): T {
    return this.#guarded(() => this.#native.transaction(work)())
  }

  /**
   * SQLite's own check of every page (`PRAGMA quick_check`): the problems it found, none when the
   * file is sound. A page too damaged to walk makes the check itself fail; that is a problem too.
   */
  quickCheck(): string[] {
    try {
      const rows = this.#native.prepare('PRAGMA quick_check').raw().all() as unknown[][]
      // SQLite heads its report with the schema's name ("*** in database main ***"); the rest is the problem.
      const lines = rows.map((row) => String(row[0]).replace(/^\*\*\* in database \w+ \*\*\*\s*/, ''))
      return lines.length === 1 && lines[0] === 'ok' ? [] : lines
    } catch (error) {
      if (damageOf(error) === null) throw error
      return [messageOf(error)]
    }
  }

  /** Who to tell when a call meets a damaged page; the call itself still fails with `databaseDamaged`. */
  whenDamaged(listener: (problem: string) => void): void {
    this.#damaged = listener
  }

  /**
   * libsql leaves the write-ahead log beside the file on close; folding it in first makes a stopped
   * kiosk's frontdesk.db complete on its own, so a copy of that one file is a whole backup. A file
   * too damaged to fold in still closes.
   */
  close(): void {
    try {
      this.#native.pragma('wal_checkpoint(TRUNCATE)')
    } catch {
      // Closing matters more than folding the log in; SQLite reads the log at the next open anyway.
    }
    this.#native.close()
  }

  #guarded<T>(work: () => T): T {
    try {
      return work()
    } catch (error) {
      const problem = damageOf(error)
      if (problem === null) throw error
      this.#damaged(problem)
      throw failedBecause('unavailable', 'databaseDamaged', {}, `The kiosk database ${this.path} is damaged: ${problem}`)
    }
  }

  /**
   * All pending steps run inside one transaction: SQLite rolls DDL back too, so a failing step
   * leaves the file exactly as it was and the kiosk refuses to start rather than run half-upgraded.
   * The journal mode is switched to WAL only after this succeeds for the same reason.
   */
  #migrate(steps: readonly Migration[]): void {
    const current = this.schemaVersion
    const latest = steps.at(-1)?.version ?? 0
    if (current > latest) {
      throw new StartupError(
        `The kiosk database ${this.path} was written by a newer Frontdesk (schema ${current}, this version knows ${latest}). Install the newer version or restore a backup.`,
      )
    }
    const pending = steps.filter((step) => step.version > current)
    if (pending.length === 0) return
    let running: Migration | undefined
    try {
      this.transaction(() => {
        for (const step of pending) {
          running = step
          this.#native.exec(step.sql)
          this.#native.exec(`PRAGMA user_version = ${step.version}`)
        }
      })
    } catch (error) {
      const label = running ? `step ${running.version} "${running.name}"` : 'a step'
      throw new StartupError(
        `The kiosk database could not be upgraded at ${label}: ${messageOf(error)}. The file ${this.path} was left unchanged (schema ${current}).`,
        { cause: error },
      )
    }
  }
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error))

/** A file too damaged to open, or to read what the start needs, cannot start the kiosk; say what to do. */
export function startupErrorOf(error: unknown, path: string): unknown {
  if (error instanceof StartupError) return error
  return new StartupError(`The kiosk database ${path} could not be read: ${messageOf(error)}. ${recoverySteps}`, { cause: error })
}
