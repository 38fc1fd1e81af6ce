import { describe, expect, it } from 'vitest'
import { readerOutputSettingSchema, scanEventSchema } from '@shared/schemas/scan'

const event = {
  source: 'keyboard',
  readerId: 'keyboard:reception',
  raw: '042:12345',
  decoded: { kind: 'card', format: 'h10301', facilityCode: 42, cardNumber: 12345 },
  parity: 'not-checked',
  at: '2026-12-03T10:00:00.000Z',
}

describe('scan schemas', () => {
  it('accepts a card scan and a code scan', () => {
    expect(scanEventSchema.parse(event)).toEqual(event)
    const code = { ...event, source: 'hid', raw: 'K7PQ-4X2M', decoded: { kind: 'code', text: 'K7PQ-4X2M' } }
    expect(scanEventSchema.parse(code)).toEqual(code)
  })

  it('refuses events that do not hold together', () => {
    expect(scanEventSchema.safeParse({ ...event, source: 'serial' }).success).toBe(false)
    expect(scanEventSchema.safeParse({ ...event, parity: 'maybe' }).success).toBe(false)
    expect(scanEventSchema.safeParse({ ...event, decoded: { kind: 'card', format: 'h10302', facilityCode: 1, cardNumber: 1 } }).success).toBe(false)
    expect(scanEventSchema.safeParse({ ...event, decoded: { kind: 'code', text: '' } }).success).toBe(false)
    expect(scanEventSchema.safeParse({ ...event, readerId: '' }).success).toBe(false)
  })

  it('a reader setting needs its output format; framing and timing have working defaults', () => {
    expect(readerOutputSettingSchema.safeParse({}).success).toBe(false)
    const setting = readerOutputSettingSchema.parse({ format: { kind: 'text' } })
    expect(setting).toEqual({
      format: { kind: 'text' },
      framing: { prefix: [], suffix: [] },
      timing: { maxGapMs: 100, minLength: 4, maxLength: 64, idleResetMs: 250, acceptTab: false, prefixOverridesTiming: false, prefixedIdleResetMs: 1_500 },
    })
  })

  it('framing keys are single characters or F1–F24', () => {
    expect(readerOutputSettingSchema.safeParse({ format: { kind: 'text' }, framing: { prefix: ['F12', '%'] } }).success).toBe(true)
    expect(readerOutputSettingSchema.safeParse({ format: { kind: 'text' }, framing: { prefix: ['F25'] } }).success).toBe(false)
    expect(readerOutputSettingSchema.safeParse({ format: { kind: 'text' }, framing: { prefix: ['ab'] } }).success).toBe(false)
    expect(readerOutputSettingSchema.safeParse({ format: { kind: 'wiegand-frame', encoding: 'octal', format: 'h10301' } }).success).toBe(false)
  })
})
