import { failedBecause } from '@shared/errors'
import type { AccessLevel, StaffRole, StaffSession } from '@shared/schemas/staff-access'
import type { Clock } from '../ports'

export type SessionEndReason = 'locked' | 'expired'

/**
 * The one staff session of this kiosk. Main enforces it on every call, so a renderer that skipped
 * its own route guard still cannot reach staff calls. It slides forward with each staff call and
 * ends by itself after `sessionMinutes()` without one.
 */
export class StaffSessions {
  readonly #clock: Clock
  readonly #sessionMinutes: () => number
  readonly #onEnded: (reason: SessionEndReason) => void
  #session: StaffSession | null = null
  #timer: ReturnType<typeof setTimeout> | undefined

  constructor(clock: Clock, sessionMinutes: () => number, onEnded: (reason: SessionEndReason) => void) {
    this.#clock = clock
    this.#sessionMinutes = sessionMinutes
    this.#onEnded = onEnded
  }

  start(role: StaffRole): StaffSession {
    this.#session = { role, expiresAt: this.#nextExpiry(), idleMinutes: this.#sessionMinutes() }
    this.#arm()
    return { ...this.#session }
  }

  current(): StaffSession | null {
    if (this.#session && Date.parse(this.#session.expiresAt) <= this.#clock.now().getTime()) this.end('expired')
    return this.#session ? { ...this.#session } : null
  }

  end(reason: SessionEndReason): void {
    clearTimeout(this.#timer)
    if (!this.#session) return
    this.#session = null
    this.#onEnded(reason)
  }

  /** Throws unless the current session may make a call of this access level; extends it if so. */
  authorize(level: AccessLevel): void {
    if (level === 'public') return
    const session = this.current()
    if (!session) throw failedBecause('staff_locked', 'staffLocked', {}, 'The staff console is locked')
    if (level === 'manager' && session.role !== 'manager') {
      throw failedBecause('forbidden', 'managerOnly', {}, 'Only a manager may make this call')
    }
    this.#session = { ...session, expiresAt: this.#nextExpiry(), idleMinutes: this.#sessionMinutes() }
    this.#arm()
  }

  #nextExpiry(): string {
    return new Date(this.#clock.now().getTime() + this.#sessionMinutes() * 60_000).toISOString()
  }

  #arm(): void {
    clearTimeout(this.#timer)
    if (!this.#session) return
    const delay = Math.max(0, Date.parse(this.#session.expiresAt) - this.#clock.now().getTime())
    this.#timer = setTimeout(() => this.current(), delay)
    this.#timer.unref?.()
  }
}
