import { z } from 'zod'
import type { StaffRole } from '@shared/schemas/staff-access'
import type { SqliteDatabase } from '../database/sqlite-database'
import type { Clock } from '../ports'

/** Which Kisi users staff at this kiosk gave access to: a local note, so "disconnect" leaves Kisi untouched. */
export class KioskAccountLinks {
  readonly #database: SqliteDatabase
  readonly #clock: Clock

  constructor(database: SqliteDatabase, clock: Clock) {
    this.#database = database
    this.#clock = clock
  }

  link(userId: number, by: StaffRole | null): void {
    this.#database.run('INSERT INTO kiosk_accounts (user_id, linked_at, linked_by) VALUES (?, ?, ?) ON CONFLICT (user_id) DO NOTHING', [
      userId,
      this.#clock.now().toISOString(),
      by,
    ])
  }

  unlink(userId: number): void {
    this.#database.run('DELETE FROM kiosk_accounts WHERE user_id = ?', [userId])
  }

  linked(userIds: readonly number[]): Set<number> {
    if (userIds.length === 0) return new Set()
    const rows = this.#database.all(
      `SELECT user_id FROM kiosk_accounts WHERE user_id IN (${userIds.map(() => '?').join(', ')})`,
      z.object({ user_id: z.int() }),
      [...userIds],
    )
    return new Set(rows.map((row) => row.user_id))
  }
}
