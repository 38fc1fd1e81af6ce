import { describe, expect, it } from 'vitest'
import { decodeReaderLine, decodeReaderValue, stripFraming } from '@shared/domain/scanning/reader-value'
import { readerOutputSettingSchema, type ReaderOutputFormat } from '@shared/schemas/scan'

const h10301Hex: ReaderOutputFormat = { kind: 'wiegand-frame', encoding: 'hex', format: 'h10301' }
const fcColon: ReaderOutputFormat = { kind: 'facility-and-card', separator: ':', cardFormat: 'h10301' }

describe('reader values by output format (research/hid.md §4.4)', () => {
  it('a whole frame in hex, decimal or bits is a card with its parity checked', () => {
    expect(decodeReaderValue('2546073', h10301Hex)).toEqual({
      ok: true,
      value: { raw: '2546073', decoded: { kind: 'card', format: 'h10301', facilityCode: 42, cardNumber: 12345 }, parity: 'ok' },
    })
    expect(decodeReaderValue(' 39084147 ', { kind: 'wiegand-frame', encoding: 'decimal', format: 'h10301' })).toMatchObject({ ok: true, value: { raw: '39084147', parity: 'ok' } })
    expect(decodeReaderValue('2556073', h10301Hex)).toMatchObject({ ok: true, value: { decoded: { cardNumber: 45113 }, parity: 'failed' } })
    expect(decodeReaderValue('0605025240', { kind: 'wiegand-frame', encoding: 'pacs-hex', format: 'h10301' })).toMatchObject({
      ok: true,
      value: { decoded: { facilityCode: 10, cardNumber: 1188 }, parity: 'ok' },
    })
  })

  it('FC:CN and FC-CN, zero-padded or not, are cards whose parity the reader already stripped', () => {
    expect(decodeReaderValue('042:12345', fcColon)).toEqual({
      ok: true,
      value: { raw: '042:12345', decoded: { kind: 'card', format: 'h10301', facilityCode: 42, cardNumber: 12345 }, parity: 'not-checked' },
    })
    expect(decodeReaderValue('1000-123456', { kind: 'facility-and-card', separator: '-', cardFormat: 'corporate1000_35' })).toMatchObject({
      ok: true,
      value: { decoded: { facilityCode: 1000, cardNumber: 123456 } },
    })
  })

  it('refuses a separator the reader is not set to, and numbers the card format cannot carry', () => {
    expect(decodeReaderValue('42-12345', fcColon)).toMatchObject({ ok: false, diagnostic: { problem: 'not-a-number' } })
    expect(decodeReaderValue('42:123:45', fcColon)).toMatchObject({ ok: false, diagnostic: { problem: 'not-a-number' } })
    expect(decodeReaderValue(':12345', fcColon)).toMatchObject({ ok: false, diagnostic: { problem: 'not-a-number' } })
    expect(decodeReaderValue('256:1', fcColon)).toMatchObject({ ok: false, diagnostic: { problem: 'out-of-range' } })
    expect(decodeReaderValue('1:65536', fcColon)).toMatchObject({ ok: false, diagnostic: { problem: 'out-of-range' } })
    expect(decodeReaderValue('', fcColon)).toMatchObject({ ok: false, diagnostic: { problem: 'empty-value' } })
  })

  it('a plain decimal is the card number, with the site facility code if one is set', () => {
    const format: ReaderOutputFormat = { kind: 'card-number', cardFormat: 'h10301', facilityCode: 42 }
    expect(decodeReaderValue('12345', format)).toMatchObject({ ok: true, value: { decoded: { facilityCode: 42, cardNumber: 12345 }, parity: 'not-checked' } })
    expect(decodeReaderValue('12345', { ...format, facilityCode: null })).toMatchObject({ ok: true, value: { decoded: { facilityCode: null } } })
    expect(decodeReaderValue('12a45', format)).toMatchObject({ ok: false, diagnostic: { problem: 'not-a-number' } })
    expect(decodeReaderValue('1234567890123', format)).toMatchObject({ ok: false, diagnostic: { problem: 'not-a-number' } })
    expect(decodeReaderValue('70000', format)).toMatchObject({ ok: false, diagnostic: { problem: 'out-of-range' } })
    expect(decodeReaderValue('70000', { ...format, facilityCode: 300 })).toMatchObject({ ok: false, diagnostic: { problem: 'out-of-range' } })
  })

  it('text is a code, without control characters and within length', () => {
    expect(decodeReaderValue('K7PQ-4X2M', { kind: 'text' })).toEqual({ ok: true, value: { raw: 'K7PQ-4X2M', decoded: { kind: 'code', text: 'K7PQ-4X2M' }, parity: 'not-checked' } })
    expect(decodeReaderValue('01\u001d21', { kind: 'text' })).toMatchObject({ ok: true })
    expect(decodeReaderValue('ab\u0007c', { kind: 'text' })).toMatchObject({ ok: false, diagnostic: { problem: 'not-printable' } })
    expect(decodeReaderValue('x'.repeat(513), { kind: 'text' })).toMatchObject({ ok: false, diagnostic: { problem: 'line-too-long' } })
    expect(decodeReaderValue('  ', { kind: 'text' })).toMatchObject({ ok: false, diagnostic: { problem: 'empty-value' } })
  })
})

describe('framing', () => {
  const framing = { prefix: ['F12', '%'], suffix: ['?'] }

  it('takes off the prefix and suffix, and refuses a line without them', () => {
    expect(stripFraming(['F12', '%', '1', '2', '?'], framing)).toEqual({ ok: true, value: '12' })
    expect(stripFraming(['%', '1', '2', '?'], framing)).toMatchObject({ ok: false, diagnostic: { problem: 'framing-mismatch' } })
    expect(stripFraming(['F12', '%', '1', '2'], framing)).toMatchObject({ ok: false, diagnostic: { problem: 'framing-mismatch' } })
    expect(stripFraming(['F12', '%'], framing)).toMatchObject({ ok: false, diagnostic: { problem: 'framing-mismatch' } })
    expect(stripFraming(['1', 'F3', '2'], { prefix: [], suffix: [] })).toMatchObject({ ok: false, diagnostic: { problem: 'not-printable' } })
  })

  it('decodes a framed line with the reader setting, defaults filled in', () => {
    const setting = readerOutputSettingSchema.parse({ format: fcColon, framing: { prefix: ['F12'] } })
    expect(setting.framing.suffix).toEqual([])
    expect(setting.timing.maxGapMs).toBe(100)
    expect(decodeReaderLine(['F12', ...'042:12345'], setting)).toMatchObject({ ok: true, value: { decoded: { facilityCode: 42, cardNumber: 12345 } } })
    expect(decodeReaderLine([...'042:12345'], setting)).toMatchObject({ ok: false, diagnostic: { problem: 'framing-mismatch' } })
  })
})
