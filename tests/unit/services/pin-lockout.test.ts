import { describe, expect, it } from 'vitest'
import { lockoutDelayMs } from '../../../electron/services/staff/pin-lockout'

describe('lockoutDelayMs', () => {
  it('allows four failures, then locks for a doubling delay capped at 30 minutes', () => {
    expect([0, 1, 4, 5, 6, 7, 10, 20].map(lockoutDelayMs)).toEqual([0, 0, 0, 30_000, 60_000, 120_000, 960_000, 1_800_000])
  })
})
