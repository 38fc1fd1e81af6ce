import { describe, expect, it } from 'vitest'
import { createRequestQuota } from '../../electron/kisi-sandbox/request-quota'

describe('sliding-window request quota', () => {
  it('admits the limit within any window of a second, then refuses', () => {
    const quota = createRequestQuota(5)
    const admitted = [0, 100, 200, 300, 400, 500].map((time) => quota.tryTake('user:1', time))
    expect(admitted).toEqual([true, true, true, true, true, false])
  })

  it('slides rather than resetting on second boundaries', () => {
    const quota = createRequestQuota(2)
    expect([quota.tryTake('k', 900), quota.tryTake('k', 1_100), quota.tryTake('k', 1_200)]).toEqual([true, true, false])
    expect(quota.tryTake('k', 1_901)).toBe(true)
  })

  it('does not count refused requests, so a client that backs off recovers', () => {
    const quota = createRequestQuota(1)
    expect(quota.tryTake('k', 0)).toBe(true)
    expect(quota.tryTake('k', 500)).toBe(false)
    expect(quota.tryTake('k', 1_000)).toBe(true)
  })

  it('counts each key separately and forgets everything on reset', () => {
    const quota = createRequestQuota(1)
    expect([quota.tryTake('user:1', 0), quota.tryTake('user:2', 0), quota.tryTake('user:1', 1)]).toEqual([true, true, false])
    quota.reset()
    expect(quota.tryTake('user:1', 2)).toBe(true)
  })
})
