import type { Clock } from '../ports'
import type { SqliteDatabase } from './sqlite-database'

export type DatabaseCondition = { sound: true } | { sound: false; problem: string; writable: boolean }

const dayMs = 24 * 60 * 60_000
/** A damaged page meets many calls in a row; the manager needs to hear of it once a minute at most. */
const reportGapMs = 60_000

class ProbeRolledBack extends Error {}

/**
 * Watches the database file for damage: SQLite's quick check at start and once a day, and every call
 * that meets a damaged page. A damaged file is reported with whether the writes a check-in makes still
 * work, so the manager knows whether the kiosk can carry on until the file is restored.
 */
export class DatabaseHealth {
  readonly #database: SqliteDatabase
  readonly #clock: Clock
  readonly #report: (condition: Exclude<DatabaseCondition, { sound: true }>) => void
  #lastReportAt = Number.NEGATIVE_INFINITY
  #probing = false
  #timer: ReturnType<typeof setInterval> | undefined

  constructor(database: SqliteDatabase, clock: Clock, report: (condition: Exclude<DatabaseCondition, { sound: true }>) => void) {
    this.#database = database
    this.#clock = clock
    this.#report = report
    database.whenDamaged((problem) => {
      if (!this.#probing && this.#clock.now().getTime() - this.#lastReportAt >= reportGapMs) this.#damaged(problem)
    })
  }

  check(): DatabaseCondition {
    const problems = this.#database.quickCheck()
    if (problems.length === 0) return { sound: true }
    return this.#damaged(problems.join('; ').slice(0, 300))
  }

  /** The daily check; the timer does not keep the process alive. */
  start(intervalMs = dayMs): void {
    this.stop()
    this.#timer = setInterval(() => this.check(), intervalMs)
    this.#timer.unref?.()
  }

  stop(): void {
    clearInterval(this.#timer)
    this.#timer = undefined
  }

  #damaged(problem: string): Exclude<DatabaseCondition, { sound: true }> {
    const condition = { sound: false as const, problem, writable: this.#writesWork() }
    this.#lastReportAt = this.#clock.now().getTime()
    this.#report(condition)
    return condition
  }

  /**
   * Writes what a check-in writes (a visit and its outbox job) and rolls it back by throwing: only
   * that throw coming back means every write went through.
   */
  #writesWork(): boolean {
    const now = this.#clock.now().toISOString()
    this.#probing = true
    try {
      this.#database.transaction(() => {
        this.#database.run(
          `INSERT INTO visits (id, visit_type_id, visit_type_name, visitor_name, visitor_details, status, access_state, created_at, updated_at)
           VALUES ('write-probe', '', '', '', '{}', 'probe', 'none', ?, ?)`,
          [now, now],
        )
        this.#database.run("INSERT INTO link_jobs (visit_id, kind, link_generation, next_attempt_at, created_at) VALUES ('write-probe', 'issue', 0, ?, ?)", [now, now])
        throw new ProbeRolledBack()
      })
    } catch (error) {
      return error instanceof ProbeRolledBack
    } finally {
      this.#probing = false
    }
    return false
  }
}
