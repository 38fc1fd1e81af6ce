import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { vi } from 'vitest'
import { RateLimiter } from '../../../electron/services/kisi/rate-limiter'
import { retryDelayMs, shouldRetry, parseRetryAfter, defaultRetryPolicy } from '../../../electron/services/kisi/retry-policy'
import { kisiErrorFromResponse, localKisiError } from '../../../electron/services/kisi/kisi-error'

describe('RateLimiter', () => {
  beforeEach(() => vi.useFakeTimers({ now: 0 }))
  afterEach(() => vi.useRealTimers())

  it('starts at most five requests in any second, in arrival order', async () => {
    const limiter = new RateLimiter({ limit: 5, windowMs: 1000 })
    const started: [number, number][] = []
    const all = Array.from({ length: 12 }, (_, index) => limiter.acquire().then(() => started.push([index, Date.now()])))
    await vi.advanceTimersByTimeAsync(3000)
    await Promise.all(all)
    expect(started.map(([index]) => index)).toEqual([...Array(12).keys()])
    expect(started.map(([, at]) => at)).toEqual([0, 0, 0, 0, 0, 1000, 1000, 1000, 1000, 1000, 2000, 2000])
    for (const [index, at] of started) {
      const inWindow = started.filter(([, other]) => other > at - 1000 && other <= at)
      expect(inWindow.length, `window ending at request ${index}`).toBeLessThanOrEqual(5)
    }
  })

  it('lets a waiting caller cancel without blocking those behind it', async () => {
    const limiter = new RateLimiter({ limit: 1, windowMs: 1000 })
    await limiter.acquire()
    const controller = new AbortController()
    const cancelled = limiter.acquire(controller.signal)
    const next = limiter.acquire()
    controller.abort()
    await expect(cancelled).rejects.toMatchObject({ code: 'cancelled' })
    await vi.advanceTimersByTimeAsync(1000)
    await expect(next).resolves.toBeUndefined()
  })
})

describe('retry policy', () => {
  it('doubles the delay with jitter between half and all of it, capped', () => {
    const at = (attempt: number, random: number) => retryDelayMs(attempt, defaultRetryPolicy, () => random)
    expect([0, 1, 2, 3, 4, 5].map((attempt) => at(attempt, 1))).toEqual([500, 1000, 2000, 4000, 8000, 8000])
    expect([0, 1, 2].map((attempt) => at(attempt, 0))).toEqual([250, 500, 1000])
  })

  it('waits at least as long as Retry-After asks', () => {
    expect(retryDelayMs(0, defaultRetryPolicy, () => 0, 3000)).toBe(3000)
    expect(parseRetryAfter('2', 0)).toBe(2000)
    expect(parseRetryAfter(new Date(5000).toUTCString(), 0)).toBe(5000)
    expect(parseRetryAfter('soon', 0)).toBeUndefined()
  })

  it('retries 429 always, 5xx and network errors only when repeating is safe, other 4xx never', () => {
    expect(shouldRetry(kisiErrorFromResponse(429, {}), false)).toBe(true)
    expect(shouldRetry(kisiErrorFromResponse(503, {}), true)).toBe(true)
    expect(shouldRetry(kisiErrorFromResponse(503, {}), false)).toBe(false)
    expect(shouldRetry(localKisiError('network'), true)).toBe(true)
    expect(shouldRetry(localKisiError('timeout'), false)).toBe(false)
    for (const status of [400, 401, 403, 404, 409, 422]) expect(shouldRetry(kisiErrorFromResponse(status, {}), true)).toBe(false)
    expect(shouldRetry(localKisiError('cancelled'), true)).toBe(false)
  })
})
