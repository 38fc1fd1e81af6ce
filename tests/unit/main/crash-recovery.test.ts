import { describe, expect, it } from 'vitest'
import { createRestartPlanner } from '../../../electron/main/crash-recovery'

describe('createRestartPlanner', () => {
  const policy = { baseDelayMs: 500, maxDelayMs: 4_000, windowMs: 60_000, maxRestarts: 5 }

  it('reloads with a doubling delay, capped', () => {
    const plan = createRestartPlanner(policy)
    const delays = [0, 1, 2, 3, 4].map((index) => plan(index * 1000))
    expect(delays).toEqual([500, 1000, 2000, 4000, 4000].map((delayMs) => ({ action: 'reload', delayMs })))
  })

  it('relaunches the app when the page keeps dying inside the window', () => {
    const plan = createRestartPlanner(policy)
    for (let index = 0; index < 5; index += 1) plan(index)
    expect(plan(10)).toEqual({ action: 'relaunch' })
    expect(plan(20)).toEqual({ action: 'reload', delayMs: 500 })
  })

  it('forgets crashes older than the window', () => {
    const plan = createRestartPlanner(policy)
    plan(0)
    plan(1000)
    expect(plan(120_000)).toEqual({ action: 'reload', delayMs: 500 })
  })
})
