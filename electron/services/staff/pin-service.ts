import { failedBecause, type AppError } from '@shared/errors'
import { fieldMessage } from '@shared/field-messages'
import type { StaffRole } from '@shared/schemas/staff-access'
import type { Clock } from '../ports'
import type { SettingsRepository } from '../settings/settings-repository'
import type { StaffRecord } from '../settings/settings-document'
import { hashPin, verifyPin } from './pin-hasher'
import { allowedFailures, lockoutDelayMs } from './pin-lockout'

/** Where a copy of the PIN hashes is kept, so a damaged settings file does not reopen PIN setup. */
export interface PinBackup {
  save(hashes: { managerPinHash: string; receptionPinHash: string }): void
}

/**
 * Checks staff PINs against their scrypt hashes and keeps the lock-out counter across restarts.
 * Every operation runs one at a time: hashing takes tens of milliseconds, and without the queue a
 * burst of parallel guesses would all be checked before the first failure was counted.
 */
export class PinService {
  readonly #settings: SettingsRepository
  readonly #clock: Clock
  readonly #backup: PinBackup
  #queue: Promise<unknown> = Promise.resolve()

  constructor(settings: SettingsRepository, clock: Clock, backup: PinBackup) {
    this.#settings = settings
    this.#clock = clock
    this.#backup = backup
  }

  status(): { pinsConfigured: boolean; lockedUntil: string | null } {
    const staff = this.#record()
    return { pinsConfigured: isConfigured(staff), lockedUntil: this.#activeLock(staff) }
  }

  setup(managerPin: string, receptionPin: string): Promise<void> {
    return this.#oneAtATime(async () => {
      if (isConfigured(this.#record())) {
        throw failedBecause('pins_already_set', 'pinsAlreadySet', {}, 'The staff PINs are already set')
      }
      const [managerPinHash, receptionPinHash] = await Promise.all([hashPin(managerPin), hashPin(receptionPin)])
      this.#settings.update((draft) => {
        draft.staff = { managerPinHash, receptionPinHash, failedAttempts: 0, lockedUntil: null }
      })
      this.#backup.save({ managerPinHash, receptionPinHash })
    })
  }

  verify(pin: string): Promise<StaffRole> {
    return this.#oneAtATime(async () => {
      const staff = this.#record()
      if (!isConfigured(staff)) throw failedBecause('pins_not_set', 'pinsNotSet', {}, 'No staff PIN has been set up yet')
      const lockedUntil = this.#activeLock(staff)
      if (lockedUntil) throw lockedError(lockedUntil, this.#clock.now())

      // Both hashes are always checked so the time taken does not reveal which role a PIN is close to.
      const [isManager, isReception] = await Promise.all([
        verifyPin(pin, staff.managerPinHash ?? ''),
        verifyPin(pin, staff.receptionPinHash ?? ''),
      ])
      const role: StaffRole | null = isManager ? 'manager' : isReception ? 'reception' : null
      if (!role) throw this.#recordFailure()
      this.#settings.update((draft) => {
        draft.staff.failedAttempts = 0
        draft.staff.lockedUntil = null
      })
      return role
    })
  }

  change(role: StaffRole, pin: string): Promise<void> {
    return this.#oneAtATime(async () => {
      const staff = this.#record()
      const otherHash = role === 'manager' ? staff.receptionPinHash : staff.managerPinHash
      if (otherHash && (await verifyPin(pin, otherHash))) {
        throw failedBecause('conflict', 'pinsMustDiffer', {}, 'The manager and reception PINs must differ', { fields: { pin: [fieldMessage.chooseAnotherPin] } })
      }
      const hash = await hashPin(pin)
      const updated = this.#settings.update((draft) => {
        if (role === 'manager') draft.staff.managerPinHash = hash
        else draft.staff.receptionPinHash = hash
      })
      const { managerPinHash, receptionPinHash } = updated.staff
      if (managerPinHash && receptionPinHash) this.#backup.save({ managerPinHash, receptionPinHash })
    })
  }

  #oneAtATime<T>(work: () => Promise<T>): Promise<T> {
    const turn = this.#queue.then(work)
    this.#queue = turn.catch(() => undefined)
    return turn
  }

  #record(): StaffRecord {
    return this.#settings.get().staff
  }

  #activeLock(staff: StaffRecord): string | null {
    return staff.lockedUntil && Date.parse(staff.lockedUntil) > this.#clock.now().getTime() ? staff.lockedUntil : null
  }

  #recordFailure(): AppError {
    const now = this.#clock.now()
    const updated = this.#settings.update((draft) => {
      draft.staff.failedAttempts += 1
      const delay = lockoutDelayMs(draft.staff.failedAttempts)
      draft.staff.lockedUntil = delay > 0 ? new Date(now.getTime() + delay).toISOString() : null
    })
    const { failedAttempts, lockedUntil } = updated.staff
    if (lockedUntil) return lockedError(lockedUntil, now)
    const left = allowedFailures - failedAttempts
    return failedBecause('pin_incorrect', 'pinIncorrect', { count: left }, `Wrong PIN; ${left} left before the lock-out`)
  }
}

function isConfigured(staff: StaffRecord): boolean {
  return staff.managerPinHash !== null && staff.receptionPinHash !== null
}

function lockedError(lockedUntil: string, now: Date): AppError {
  const seconds = Math.max(1, Math.ceil((Date.parse(lockedUntil) - now.getTime()) / 1000))
  return failedBecause('pin_locked', 'pinLocked', {}, `Too many wrong PINs; locked for ${seconds} s`, { retryAt: lockedUntil })
}
