import type { Clock } from '../ports'

/** How many calls may come at once, and how soon each used one comes back. */
export interface BucketBudget {
  readonly burst: number
  readonly refillEveryMs: number
}

/**
 * A token bucket on the injected clock: up to `burst` calls at once, then one per `refillEveryMs`.
 * A person at a screen rarely empties it; a script does within a second and then waits like a person.
 */
export class TokenBucket {
  readonly #budget: BucketBudget
  readonly #clock: Clock
  #tokens: number
  #countedAt: number

  constructor(budget: BucketBudget, clock: Clock) {
    this.#budget = budget
    this.#clock = clock
    this.#tokens = budget.burst
    this.#countedAt = clock.now().getTime()
  }

  /** Uses a token: null when there was one, else when the next one will be there. */
  take(): Date | null {
    const retryAt = this.nextAt()
    if (retryAt === null) this.#tokens -= 1
    return retryAt
  }

  /** Null while a token is left, else when the next one will be there; uses nothing. */
  nextAt(): Date | null {
    const now = this.#refill()
    if (this.#tokens >= 1) return null
    return new Date(now + Math.ceil((1 - this.#tokens) * this.#budget.refillEveryMs))
  }

  #refill(): number {
    const now = this.#clock.now().getTime()
    const earned = Math.max(0, now - this.#countedAt) / this.#budget.refillEveryMs
    this.#tokens = Math.min(this.#budget.burst, this.#tokens + earned)
    this.#countedAt = now
    return now
  }
}
