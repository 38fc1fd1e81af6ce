import { localKisiError } from './kisi-error'

export interface RateLimiterOptions {
  /** Requests allowed to start within any window. */
  limit: number
  windowMs: number
  now?: () => number
}

/**
 * Starts requests in arrival order, never more than `limit` within any `windowMs`. Kisi allows
 * 5 requests per second per user and asks clients to queue rather than burst; queueing here means
 * callers see a short wait instead of a 429.
 */
export class RateLimiter {
  readonly #limit: number
  readonly #windowMs: number
  readonly #now: () => number
  readonly #starts: number[] = []
  #queue: Promise<void> = Promise.resolve()

  constructor({ limit, windowMs, now = Date.now }: RateLimiterOptions) {
    this.#limit = limit
    this.#windowMs = windowMs
    this.#now = now
  }

  /** Resolves when the caller may start; rejects with a `cancelled` KisiError if aborted first. */
  acquire(signal?: AbortSignal): Promise<void> {
    const turn = this.#queue.then(() => this.#waitForSlot(signal))
    // The next caller waits for this one's slot, but not for its failure.
    this.#queue = turn.catch(() => undefined)
    return turn
  }

  async #waitForSlot(signal: AbortSignal | undefined): Promise<void> {
    for (;;) {
      if (signal?.aborted) throw localKisiError('cancelled')
      const now = this.#now()
      while (this.#starts.length > 0 && now - (this.#starts[0] ?? 0) >= this.#windowMs) this.#starts.shift()
      if (this.#starts.length < this.#limit) {
        this.#starts.push(now)
        return
      }
      await sleep((this.#starts[0] ?? now) + this.#windowMs - now, signal)
    }
  }
}

/** Waits, or rejects with a `cancelled` KisiError as soon as the signal aborts. */
export function sleep(milliseconds: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(localKisiError('cancelled'))
      return
    }
    const onAbort = (): void => {
      clearTimeout(timer)
      reject(localKisiError('cancelled'))
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, Math.max(0, milliseconds))
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}
