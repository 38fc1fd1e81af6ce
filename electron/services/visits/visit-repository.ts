import { z } from 'zod'
import { failedBecause } from '@shared/errors'
import type { AccessProblem } from '@shared/schemas/visit'
import type { SqliteDatabase } from '../database/sqlite-database'
import type { Visit, VisitChanges } from './visit-model'
import { columnsOf, rowOf, storedAccessProblem, visitColumns, visitFromRow, type VisitRow } from './visit-row'

/** Whatever a row holds; `visitFromRow` checks it. */
const storedRow = z.record(z.string(), z.unknown())

/**
 * Reads and writes the `visits` table; no rules live here, only SQL. Rows become `Visit`s here and
 * nowhere else.
 */
export class VisitRepository {
  readonly #database: SqliteDatabase

  constructor(database: SqliteDatabase) {
    this.#database = database
  }

  insert(visit: Visit): void {
    const row = rowOf(visit)
    const placeholders = visitColumns.map(() => '?').join(', ')
    this.#database.run(`INSERT INTO visits (${visitColumns.join(', ')}) VALUES (${placeholders})`, visitColumns.map((column) => row[column]))
  }

  update(id: string, changes: VisitChanges): Visit {
    const row = columnsOf(changes)
    const columns = Object.keys(row) as (keyof VisitRow)[]
    if (columns.length > 0) {
      const assignments = columns.map((column) => `${column} = ?`).join(', ')
      this.#database.run(`UPDATE visits SET ${assignments} WHERE id = ?`, [...columns.map((column) => row[column]), id])
    }
    return this.require(id)
  }

  find(id: string): Visit | undefined {
    return this.#one('SELECT * FROM visits WHERE id = ?', [id])
  }

  require(id: string): Visit {
    const row = this.find(id)
    if (!row) throw failedBecause('not_found', 'visitGone', {}, `Visit ${id} does not exist`)
    return row
  }

  /**
   * Marks the visit's link revoked only if nothing changed since it was read: a reconciliation
   * that started before an extension or a check-out must not overwrite them.
   */
  markRevokedIfUnchanged(id: string, linkId: number, problem: AccessProblem, now: string): boolean {
    return (
      this.#database.run(
        "UPDATE visits SET access_state = 'revoked', access_problem = ?, updated_at = ? WHERE id = ? AND link_id = ? AND status = 'on-site' AND access_state = 'issued'",
        [storedAccessProblem(problem), now, id, linkId],
      ) > 0
    )
  }

  findByInviteCode(code: string): Visit | undefined {
    return this.#one('SELECT * FROM visits WHERE invite_code = ?', [code])
  }

  /** The visit a link's name names (see `parseLinkName`): by its pass code, or by its id for a visit from before pass codes. */
  findByLinkKey(key: string): Visit | undefined {
    return this.#one('SELECT * FROM visits WHERE pass_code = ? OR (pass_code IS NULL AND id = ?)', [key, key])
  }

  findByPassCode(code: string): Visit | undefined {
    return this.#one('SELECT * FROM visits WHERE pass_code = ?', [code])
  }

  findBySecretHash(hash: string): Visit | undefined {
    return this.#one('SELECT * FROM visits WHERE link_secret_hash = ?', [hash])
  }

  /**
   * The visits a reception screen cares about for the day [from, until): expected or checked in that
   * day, plus everyone still on site or waiting, whenever they arrived.
   */
  forDay(from: string, until: string): Visit[] {
    return this.#all(
      `SELECT * FROM visits
       WHERE status IN ('on-site', 'awaiting-approval')
          OR (expected_at >= ? AND expected_at < ?)
          OR (checked_in_at >= ? AND checked_in_at < ?)
       ORDER BY coalesce(checked_in_at, expected_at, created_at) DESC`,
      [from, until, from, until],
    )
  }

  /** The visits in the building at some time in [from, until): checked in before it ends, not out before it starts. */
  presentBetween(from: string, until: string): Visit[] {
    return this.#all('SELECT * FROM visits WHERE checked_in_at IS NOT NULL AND checked_in_at < ? AND (checked_out_at IS NULL OR checked_out_at >= ?) ORDER BY checked_in_at DESC', [until, from])
  }

  /** The newest agreement version any visit of this type accepted; 0 when none did. */
  highestAgreementVersion(visitTypeId: string): number {
    return this.#database.get('SELECT COALESCE(MAX(agreement_version), 0) AS version FROM visits WHERE visit_type_id = ?', z.object({ version: z.number() }), [visitTypeId])?.version ?? 0
  }

  withStatus(status: Visit['status']): Visit[] {
    return this.#all('SELECT * FROM visits WHERE status = ? ORDER BY created_at', [status])
  }

  dueForAutoCheckOut(now: string): Visit[] {
    return this.#all("SELECT * FROM visits WHERE status = 'on-site' AND auto_check_out_at IS NOT NULL AND auto_check_out_at <= ?", [now])
  }

  transaction<T>(work: () => T): T {
    return this.#database.transaction(work)
  }

  #one(sql: string, params: unknown[]): Visit | undefined {
    const row = this.#database.get(sql, storedRow, params)
    return row && visitFromRow(row)
  }

  #all(sql: string, params: unknown[]): Visit[] {
    return this.#database.all(sql, storedRow, params).map(visitFromRow)
  }
}
