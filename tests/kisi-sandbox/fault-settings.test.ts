import { describe, expect, it } from 'vitest'
import { createFaultInjector, noFaults } from '../../electron/kisi-sandbox/fault-settings'

const script = (...numbers: number[]) => {
  const drawn: number[] = []
  const random = () => {
    const next = numbers.shift() ?? 0.99
    drawn.push(next)
    return next
  }
  return { random, drawn }
}

describe('fault injector', () => {
  it('passes everything and draws no random numbers when all faults are off', () => {
    const faults = createFaultInjector()
    const { random, drawn } = script()
    expect(faults.next(random, 'GET')).toEqual({ kind: 'pass' })
    expect(drawn).toEqual([])
    expect(faults.get()).toEqual(noFaults)
  })

  it('uses up a 429 burst, then passes', () => {
    const faults = createFaultInjector({ rateLimitBurst: 2 })
    const outcomes = [1, 2, 3].map(() => faults.next(Math.random, 'GET'))
    expect(outcomes.map((outcome) => (outcome.kind === 'deny' ? outcome.denial.status : outcome.kind))).toEqual([429, 429, 'pass'])
    expect(faults.get().rateLimitBurst).toBe(0)
  })

  it('drops before anything else and answers 503 ffffff by error rate', () => {
    const faults = createFaultInjector({ dropRate: 0.5, errorRate: 0.5 })
    const { random } = script(0.1, 0.9, 0.2, 0.9, 0.9)
    expect(faults.next(random, 'GET')).toEqual({ kind: 'drop' })
    expect(faults.next(random, 'GET')).toMatchObject({ kind: 'deny', denial: { status: 503, code: 'ffffff' } })
    expect(faults.next(random, 'GET')).toEqual({ kind: 'pass' })
  })

  it('carries out and then loses the answer by lost-answer rate, after the faults that act before Kisi', () => {
    const faults = createFaultInjector({ errorRate: 0.5, lostAnswerRate: 0.5 })
    const { random } = script(0.9, 0.1, 0.9, 0.9, 0.1)
    expect(faults.next(random, 'GET')).toEqual({ kind: 'lose-answer' })
    expect(faults.next(random, 'GET')).toEqual({ kind: 'pass' })
    expect(faults.next(random, 'GET')).toMatchObject({ kind: 'deny', denial: { status: 503 } })
  })

  it('makes the next N creates late, with their delay, and lets other methods through meanwhile', () => {
    const faults = createFaultInjector({ lateCreates: 2, lateCreateDelayMs: 1_500 })
    expect(faults.next(Math.random, 'GET')).toEqual({ kind: 'pass' })
    expect(faults.next(Math.random, 'DELETE')).toEqual({ kind: 'pass' })
    expect(faults.next(Math.random, 'POST')).toEqual({ kind: 'late', delayMs: 1_500 })
    expect(faults.get().lateCreates).toBe(1)
    expect(faults.next(Math.random, 'POST')).toEqual({ kind: 'late', delayMs: 1_500 })
    expect(faults.next(Math.random, 'POST')).toEqual({ kind: 'pass' })
    expect(faults.get()).toMatchObject({ lateCreates: 0, lateCreateDelayMs: 1_500 })
  })

  it('refuses out-of-range or unknown settings and keeps the old ones', () => {
    const faults = createFaultInjector({ latencyMs: 10 })
    expect(() => faults.set({ dropRate: 1.5 })).toThrow('dropRate')
    expect(() => faults.set({ latencyMs: -1 })).toThrow(RangeError)
    expect(() => faults.set({ lostAnswerRate: 2 })).toThrow('lostAnswerRate')
    expect(() => faults.set({ lateCreates: 0.5 })).toThrow('lateCreates')
    expect(() => faults.set({ lateCreateDelayMs: 600_001 })).toThrow('lateCreateDelayMs')
    expect(() => faults.set({ typo: 1 } as never)).toThrow(RangeError)
    expect(faults.get().latencyMs).toBe(10)
    faults.set({ clockSkewMs: -5_000 })
    expect(faults.get()).toMatchObject({ latencyMs: 10, clockSkewMs: -5_000 })
    faults.reset()
    expect(faults.get()).toEqual(noFaults)
  })
})
