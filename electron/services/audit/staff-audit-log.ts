import { z } from 'zod'
import { auditEntrySchema, type AuditOutcome, type AuditPage } from '@shared/schemas/audit-trail'
import type { StaffRole } from '@shared/schemas/staff-access'
import type { Clock } from '../ports'
import type { SqliteDatabase } from '../database/sqlite-database'

export type { AuditOutcome } from '@shared/schemas/audit-trail'

/** A manager reads the trail a screen at a time. */
export const auditPageSize = 50

/** What a staff action leaves in the trail; the log adds when. */
export interface AuditRecord {
  role: StaffRole | null
  action: string
  outcome: AuditOutcome
  detail?: string
  /** The visit the action was about, so erasing its visitor's data finds the row (README → Privacy and retention). */
  visitId?: string | null
}

/** Who did what at the staff console, and how it ended. Append-only. */
export class StaffAuditLog {
  readonly #database: SqliteDatabase
  readonly #clock: Clock

  constructor(database: SqliteDatabase, clock: Clock) {
    this.#database = database
    this.#clock = clock
  }

  record(entry: AuditRecord): void {
    this.#database.run('INSERT INTO staff_audit (at, role, action, outcome, detail, visit_id) VALUES (?, ?, ?, ?, ?, ?)', [
      this.#clock.now().toISOString(),
      entry.role,
      entry.action,
      entry.outcome,
      entry.detail ?? '',
      entry.visitId ?? null,
    ])
  }

  /** Newest first. Rows that no longer fit the schema (a hand-edited database) are left out, not fatal. */
  page(page: number, problemsOnly: boolean): AuditPage {
    const where = problemsOnly ? "WHERE outcome <> 'succeeded'" : ''
    const total = this.#database.get(`SELECT COUNT(*) AS total FROM staff_audit ${where}`, z.object({ total: z.number() }))?.total ?? 0
    const rows = this.#database.all(
      `SELECT id, at, role, action, outcome, detail FROM staff_audit ${where} ORDER BY id DESC LIMIT ? OFFSET ?`,
      z.unknown(),
      [auditPageSize, page * auditPageSize],
    )
    const entries = rows.flatMap((row) => {
      const parsed = auditEntrySchema.safeParse(row)
      return parsed.success ? [parsed.data] : []
    })
    return { entries, page, pageSize: auditPageSize, total }
  }
}
