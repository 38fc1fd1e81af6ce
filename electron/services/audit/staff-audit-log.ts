import type { StaffRole } from '@shared/schemas/staff'
import type { Clock } from '../ports'
import type { SqliteDatabase } from '../database/sqlite-database'

export type AuditOutcome = 'succeeded' | 'refused' | 'failed'

export interface AuditEntry {
  role: StaffRole | null
  action: string
  outcome: AuditOutcome
  detail?: string
}

/** Who did what at the staff console, and how it ended. Append-only. */
export class StaffAuditLog {
  readonly #database: SqliteDatabase
  readonly #clock: Clock

  constructor(database: SqliteDatabase, clock: Clock) {
    this.#database = database
    this.#clock = clock
  }

  record(entry: AuditEntry): void {
    this.#database.run('INSERT INTO staff_audit (at, role, action, outcome, detail) VALUES (?, ?, ?, ?, ?)', [
      this.#clock.now().toISOString(),
      entry.role,
      entry.action,
      entry.outcome,
      entry.detail ?? '',
    ])
  }
}
