import { createRequire } from 'node:module'
import type { z } from 'zod'
import { StartupError } from '../startup-error'
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

/**
 * The kiosk's SQLite file. Rows are parsed with a schema on the way out, which also drops the
 * bookkeeping keys libsql adds to each row.
 */
export class SqliteDatabase {
  readonly path: string
  readonly #native: NativeDatabase

  private constructor(path: string, native: NativeDatabase) {
    this.path = path
    this.#native = native
  }

  /** Opens the file and applies pending migrations in one transaction; see `migrate`. */
  static open(path: string, steps: readonly Migration[]): SqliteDatabase {
    let native: NativeDatabase
    try {
      native = new NativeDatabase(path)
    } catch (error) {
      throw new StartupError(`The kiosk database ${path} could not be opened: ${messageOf(error)}`, { cause: error })
    }
    const database = new SqliteDatabase(path, native)
    try {
      database.#migrate(steps)
    } catch (error) {
      native.close()
      throw error
    }
    native.pragma('journal_mode = WAL')
    native.pragma('foreign_keys = ON')
    native.pragma('busy_timeout = 5000')
    return database
  }

  get schemaVersion(): number {
    const row = this.#native.prepare('PRAGMA user_version').raw().get() as unknown[] | undefined
    return Number(row?.[0] ?? 0)
  }

  /** Runs a write; answers how many rows it changed. */
  run(sql: string, params: Parameters = []): number {
    return Number(this.#native.prepare(sql).run(params).changes)
  }

  get<T>(sql: string, schema: z.ZodType<T>, params: Parameters = []): T | undefined {
    const row = this.#native.prepare(sql).get(params)
    return row === undefined ? undefined : schema.parse(row)
  }

  all<T>(sql: string, schema: z.ZodType<T>, params: Parameters = []): T[] {
    return this.#native.prepare(sql).all(params).map((row) => schema.parse(row))
  }

  transaction<T>(work: () => T): T {
    return this.#native.transaction(work)()
  }

  close(): void {
    this.#native.close()
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
