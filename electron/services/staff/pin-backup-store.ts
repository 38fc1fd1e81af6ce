import { z } from 'zod'
import type { Clock } from '../ports'
import type { SqliteDatabase } from '../database/sqlite-database'
import type { SettingsRepository } from '../settings/settings-repository'
import type { PinBackup } from './pin-service'

const backupRow = z.object({ manager_pin_hash: z.string(), reception_pin_hash: z.string() })

/**
 * A copy of the PIN hashes in the database. The settings file is the one the kiosk reads; this copy
 * only matters when that file was damaged and reset, so that the first person at the screen cannot
 * then choose new staff PINs.
 */
export class PinBackupStore implements PinBackup {
  readonly #database: SqliteDatabase
  readonly #clock: Clock

  constructor(database: SqliteDatabase, clock: Clock) {
    this.#database = database
    this.#clock = clock
  }

  save({ managerPinHash, receptionPinHash }: { managerPinHash: string; receptionPinHash: string }): void {
    this.#database.run(
      `INSERT INTO staff_pin_backup (id, manager_pin_hash, reception_pin_hash, saved_at) VALUES (1, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET manager_pin_hash = excluded.manager_pin_hash,
         reception_pin_hash = excluded.reception_pin_hash, saved_at = excluded.saved_at`,
      [managerPinHash, receptionPinHash, this.#clock.now().toISOString()],
    )
  }

  /**
   * Copies the settings' hashes when they are set: a kiosk whose PINs were chosen before this copy
   * existed gets one, so a lost settings file cannot reopen PIN setup there either.
   */
  keepCopyOf(settings: SettingsRepository): void {
    const { managerPinHash, receptionPinHash } = settings.get().staff
    if (managerPinHash && receptionPinHash) this.save({ managerPinHash, receptionPinHash })
  }

  /** Puts the saved hashes back when the settings have none; true when it did. */
  restoreInto(settings: SettingsRepository): boolean {
    const staff = settings.get().staff
    if (staff.managerPinHash && staff.receptionPinHash) return false
    const saved = this.#database.get('SELECT manager_pin_hash, reception_pin_hash FROM staff_pin_backup WHERE id = 1', backupRow)
    if (!saved) return false
    settings.update((draft) => {
      draft.staff.managerPinHash = saved.manager_pin_hash
      draft.staff.receptionPinHash = saved.reception_pin_hash
    })
    return true
  }
}
