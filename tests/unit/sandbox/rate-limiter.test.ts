import { describe, expect, it } from 'vitest'
import { createRateLimiter } from '../../../electron/sandbox/rate-limiter'

describe('sliding-window rate limiter', () => {
  it('admits the limit within any window of a second, then refuses', () => {
    const limiter = createRateLimiter(5)
    const admitted = [0, 100, 200, 300, 400, 500].map((time) => limiter.tryTake('user:1', time))
    expect(admitted).toEqual([true, true, true, true, true, false])
  })

  it('slides rather than resetting on second boundaries', () => {
    const limiter = createRateLimiter(2)
    expect([limiter.tryTake('k', 900), limiter.tryTake('k', 1_100), limiter.tryTake('k', 1_200)]).toEqual([true, true, false])
    expect(limiter.tryTake('k', 1_901)).toBe(true)
  })

  it('does not count refused requests, so a client that backs off recovers', () => {
    const limiter = createRateLimiter(1)
    expect(limiter.tryTake('k', 0)).toBe(true)
    expect(limiter.tryTake('k', 500)).toBe(false)
    expect(limiter.tryTake('k', 1_000)).toBe(true)
  })

  it('counts each key separately and forgets everything on reset', () => {
    const limiter = createRateLimiter(1)
    expect([limiter.tryTake('user:1', 0), limiter.tryTake('user:2', 0), limiter.tryTake('user:1', 1)]).toEqual([true, true, false])
    limiter.reset()
    expect(limiter.tryTake('user:1', 2)).toBe(true)
  })
})
