import { describe, expect, it } from 'vitest'
import { AppError } from '@shared/errors'
import type { AuditRecord } from '../../../electron/services/audit/staff-audit-log'
import { TokenBucket } from '../../../electron/services/visits/token-bucket'
import { VisitorThrottle, refusalAuditEveryMs, visitorBudgets } from '../../../electron/services/visits/visitor-throttle'
import { TestClock } from '../../fixtures/test-clock'

function refusal(work: () => void): AppError {
  try {
    work()
  } catch (error) {
    if (error instanceof AppError) return error
    throw error
  }
  throw new Error('expected a refusal')
}

describe('TokenBucket', () => {
  it('allows a burst, then one call per refill, and says when the next one may come', () => {
    const clock = new TestClock('2026-11-28T09:00:00.000Z')
    const bucket = new TokenBucket({ burst: 3, refillEveryMs: 1_000 }, clock)
    expect([bucket.take(), bucket.take(), bucket.take()]).toEqual([null, null, null])
    expect(bucket.take()).toEqual(new Date('2026-11-28T09:00:01.000Z'))
    clock.advance(400)
    expect(bucket.nextAt()).toEqual(new Date('2026-11-28T09:00:01.000Z'))
    clock.advance(600)
    expect(bucket.take()).toBeNull()
    expect(bucket.take()).not.toBeNull()
    clock.advance(60_000)
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()].filter((retryAt) => retryAt === null)).toHaveLength(3)
  })
})

describe('VisitorThrottle', () => {
  function throttleWith(clock = new TestClock('2026-11-28T09:00:00.000Z')) {
    const records: AuditRecord[] = []
    return { clock, records, throttle: new VisitorThrottle(clock, { record: (entry) => records.push(entry) }) }
  }

  it('answers a call past the family’s budget with throttled, retryAt and the wait in seconds', () => {
    const { throttle } = throttleWith()
    for (let call = 0; call < visitorBudgets.checkOutByName.burst; call += 1) throttle.take('checkOutByName')
    const error = refusal(() => throttle.take('checkOutByName'))
    expect(error.toShape()).toMatchObject({ code: 'throttled', reason: 'tooManyTries', params: { count: 20 }, retryAt: '2026-11-28T09:00:20.000Z' })
  })

  it('keeps each family to its own budget', () => {
    const { throttle } = throttleWith()
    for (let call = 0; call < visitorBudgets.checkOutByName.burst; call += 1) throttle.take('checkOutByName')
    expect(() => throttle.take('checkOutByName')).toThrow(AppError)
    expect(() => throttle.take('passScan')).not.toThrow()
    expect(() => throttle.take('nameSearch')).not.toThrow()
  })

  it('writes a refusal to the audit trail at most once in five minutes per family, counting the rest', () => {
    const { clock, records, throttle } = throttleWith()
    const attempt = (): void => {
      try {
        throttle.take('nameSearch')
      } catch {
        // a script's calls past the budget
      }
    }
    for (let call = 0; call < 200; call += 1) attempt()
    expect(records).toEqual([
      { role: null, action: 'pause visitor-side name searches at the kiosk', outcome: 'refused', detail: 'too many in a short time; refused until 2026-11-28T09:00:00.500Z' },
    ])
    // A script calling at the refill rate gets one call through each time and is refused the next.
    for (let round = 0; round < 100; round += 1) {
      clock.advance(visitorBudgets.nameSearch.refillEveryMs)
      attempt()
      attempt()
    }
    expect(records).toHaveLength(1)
    clock.advance(refusalAuditEveryMs)
    for (let call = 0; call <= visitorBudgets.nameSearch.burst + 1; call += 1) attempt()
    expect(records).toHaveLength(2)
    expect(records[1]?.detail).toMatch(/; 289 more refused in the 5 minutes before$/)
  })

  it('checks a budget without using it', () => {
    const { throttle } = throttleWith()
    for (let call = 0; call < 50; call += 1) throttle.requireLeft('wrongInviteEmail')
    for (let call = 0; call < visitorBudgets.wrongInviteEmail.burst; call += 1) throttle.take('wrongInviteEmail')
    expect(refusal(() => throttle.requireLeft('wrongInviteEmail')).code).toBe('throttled')
  })
})
