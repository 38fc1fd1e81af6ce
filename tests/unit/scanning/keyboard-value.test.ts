import { describe, expect, it } from 'vitest'
import { decodeKeyboardValue } from '@shared/domain/scanning/keyboard-value'

const cardNumbers = { kind: 'card-number', cardFormat: 'h10301', facilityCode: 42 } as const

describe('decodeKeyboardValue', () => {
  it('decodes a value the keyboard reading’s format reads as a card', () => {
    expect(decodeKeyboardValue('10003', cardNumbers)).toEqual({
      ok: true,
      value: { raw: '10003', decoded: { kind: 'card', format: 'h10301', facilityCode: 42, cardNumber: 10003 }, parity: 'not-checked' },
    })
  })

  it('keeps a value the format cannot read as a plain code (an invitation code, a pass’s address)', () => {
    expect(decodeKeyboardValue('K7PQ-4X2M', cardNumbers)).toEqual({ ok: true, value: { raw: 'K7PQ-4X2M', decoded: { kind: 'code', text: 'K7PQ-4X2M' }, parity: 'not-checked' } })
    // Out of the format's range is no card either.
    expect(decodeKeyboardValue('99999', cardNumbers)).toMatchObject({ ok: true, value: { decoded: { kind: 'code', text: '99999' } } })
  })

  it('checks the parity of a whole frame (W1) and says so', () => {
    expect(decodeKeyboardValue('2546073', { kind: 'wiegand-frame', encoding: 'hex', format: 'h10301' })).toEqual({
      ok: true,
      value: { raw: '2546073', decoded: { kind: 'card', format: 'h10301', facilityCode: 42, cardNumber: 12345 }, parity: 'ok' },
    })
  })

  it('refuses what is no code at all, with a diagnostic', () => {
    expect(decodeKeyboardValue('a\u0007b', cardNumbers)).toMatchObject({ ok: false, diagnostic: { problem: 'not-printable' } })
  })
})
