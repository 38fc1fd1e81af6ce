import { AppError } from '@shared/errors'
import type { StaffRole } from '@shared/schemas/staff'
import type { Clock } from '../ports'
import type { SettingsRepository } from '../settings/settings-repository'
import type { StaffRecord } from '../settings/settings-document'
import { hashPin, verifyPin } from './pin-hasher'
import { allowedFailures, lockoutDelayMs } from './pin-lockout'

/** Checks staff PINs against their scrypt hashes and keeps the lock-out counter across restarts. */
export class PinService {
  readonly #settings: SettingsRepository
  readonly #clock: Clock

  constructor(settings: SettingsRepository, clock: Clock) {
    this.#settings = settings
    this.#clock = clock
  }

  status(): { pinsConfigured: boolean; lockedUntil: string | null } {
    const staff = this.#record()
    return { pinsConfigured: isConfigured(staff), lockedUntil: this.#activeLock(staff) }
  }

  async setup(managerPin: string, receptionPin: string): Promise<void> {
    if (isConfigured(this.#record())) {
      throw new AppError('pins_already_set', 'The staff PINs are already set. A manager can change them in Settings.')
    }
    const [managerPinHash, receptionPinHash] = await Promise.all([hashPin(managerPin), hashPin(receptionPin)])
    this.#settings.update((draft) => {
      draft.staff = { managerPinHash, receptionPinHash, failedAttempts: 0, lockedUntil: null }
    })
  }

  async verify(pin: string): Promise<StaffRole> {
    const staff = this.#record()
    if (!isConfigured(staff)) throw new AppError('pins_not_set', 'No staff PIN has been set up yet.')
    const lockedUntil = this.#activeLock(staff)
    if (lockedUntil) throw lockedError(lockedUntil, this.#clock.now())

    // Both hashes are always checked so the time taken does not reveal which role a PIN is close to.
    const [isManager, isReception] = await Promise.all([
      verifyPin(pin, staff.managerPinHash ?? ''),
      verifyPin(pin, staff.receptionPinHash ?? ''),
    ])
    const role: StaffRole | null = isManager ? 'manager' : isReception ? 'reception' : null
    if (role) {
      this.#settings.update((draft) => {
        draft.staff.failedAttempts = 0
        draft.staff.lockedUntil = null
      })
      return role
    }
    throw this.#recordFailure()
  }

  async change(role: StaffRole, pin: string): Promise<void> {
    const staff = this.#record()
    const otherHash = role === 'manager' ? staff.receptionPinHash : staff.managerPinHash
    if (otherHash && (await verifyPin(pin, otherHash))) {
      throw new AppError('conflict', 'The manager and reception PINs must differ.', { fields: { pin: ['Choose another PIN'] } })
    }
    const hash = await hashPin(pin)
    this.#settings.update((draft) => {
      if (role === 'manager') draft.staff.managerPinHash = hash
      else draft.staff.receptionPinHash = hash
    })
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
    return new AppError('pin_incorrect', `That PIN is not right. ${left} ${left === 1 ? 'try' : 'tries'} left before the PIN screen locks.`)
  }
}

function isConfigured(staff: StaffRecord): boolean {
  return staff.managerPinHash !== null && staff.receptionPinHash !== null
}

function lockedError(lockedUntil: string, now: Date): AppError {
  const seconds = Math.max(1, Math.ceil((Date.parse(lockedUntil) - now.getTime()) / 1000))
  const wait = seconds < 120 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`
  return new AppError('pin_locked', `Too many wrong PINs. The PIN screen is locked; try again in ${wait}.`, {
    retryAt: lockedUntil,
  })
}
