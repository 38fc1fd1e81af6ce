import { describe, expect, it } from 'vitest'
import { keyboardScanEvent } from '@shared/domain/scanning/keyboard-scan-event'
import { scanEventSchema, type ReaderOutputFormat } from '@shared/schemas/scan'

const cardNumbers: ReaderOutputFormat = { kind: 'card-number', cardFormat: 'h10301', facilityCode: null }
const at = new Date('2026-11-28T09:00:00.000Z')

describe('keyboardScanEvent', () => {
  it('reads a value by the keyboard setting’s format into the one scan event', () => {
    const event = keyboardScanEvent('12345', cardNumbers, at)
    expect(event).toEqual({
      ok: true,
      value: { source: 'keyboard', readerId: 'keyboard', raw: '12345', decoded: { kind: 'card', format: 'h10301', facilityCode: null, cardNumber: 12345 }, parity: 'not-checked', at: '2026-11-28T09:00:00.000Z' },
    })
    expect(event.ok && scanEventSchema.parse(event.value)).toBeTruthy()
  })

  it('keeps a value the format does not read as a code, parity not checked', () => {
    const pass = 'https://web.kisi.io/grouplinks/abc123'
    expect(keyboardScanEvent(pass, cardNumbers, at)).toMatchObject({ ok: true, value: { raw: pass, decoded: { kind: 'code', text: pass }, parity: 'not-checked' } })
    expect(keyboardScanEvent('99999', cardNumbers, at)).toMatchObject({ ok: true, value: { decoded: { kind: 'code', text: '99999' } } })
  })

  it('checks parity where the format is a whole frame', () => {
    const frame: ReaderOutputFormat = { kind: 'wiegand-frame', encoding: 'decimal', format: 'h10301' }
    expect(keyboardScanEvent('39084147', frame, at)).toMatchObject({ ok: true, value: { decoded: { facilityCode: 42, cardNumber: 12345 }, parity: 'ok' } })
    expect(keyboardScanEvent('39084146', frame, at)).toMatchObject({ ok: true, value: { parity: 'failed' } })
  })

  it('refuses a value that cannot be a code either', () => {
    expect(keyboardScanEvent('  ', cardNumbers, at)).toMatchObject({ ok: false, diagnostic: { problem: 'empty-value' } })
    expect(keyboardScanEvent('x'.repeat(600), cardNumbers, at)).toMatchObject({ ok: false, diagnostic: { problem: 'line-too-long' } })
  })
})
