import { describe, expect, it } from 'vitest'
import { decodeWiegandBits, encodeWiegandBits, wiegandBitLength } from '@shared/domain/scanning/wiegand-layouts'
import { wiegandBitsFromText } from '@shared/domain/scanning/wiegand-frame-text'
import type { WiegandFormat } from '@shared/schemas/scan'

interface Vector {
  id: string
  format: WiegandFormat
  facilityCode: number
  cardNumber: number
  bits: string
  hex: string
  decimal: string
  parity: 'ok' | 'failed'
}

/** research/hid.md §4.6, cross-checked there against Proxmark3's pack functions. */
const vectors: Vector[] = [
  { id: 'W1', format: 'h10301', facilityCode: 42, cardNumber: 12345, bits: '10010101000110000001110011', hex: '2546073', decimal: '39084147', parity: 'ok' },
  { id: 'W2', format: 'h10301', facilityCode: 10, cardNumber: 1188, bits: '00000101000000100101001001', hex: '140949', decimal: '1313097', parity: 'ok' },
  { id: 'W3', format: 'h10301', facilityCode: 42, cardNumber: 45113, bits: '10010101010110000001110011', hex: '2556073', decimal: '39149683', parity: 'failed' },
  { id: 'W4', format: 'h10301', facilityCode: 0, cardNumber: 0, bits: '00000000000000000000000001', hex: '1', decimal: '1', parity: 'ok' },
  { id: 'W5', format: 'h10301', facilityCode: 255, cardNumber: 65535, bits: '01111111111111111111111111', hex: '1FFFFFF', decimal: '33554431', parity: 'ok' },
  { id: 'W6', format: 'corporate1000_35', facilityCode: 1000, cardNumber: 123456, bits: '00001111101000000111100010010000001', hex: '7D03C481', decimal: '2097398913', parity: 'ok' },
  { id: 'W7', format: 'corporate1000_35', facilityCode: 1, cardNumber: 1, bits: '11000000000001000000000000000000011', hex: '600200003', decimal: '25771900931', parity: 'ok' },
  { id: 'W8', format: 'h10304', facilityCode: 12345, cardNumber: 123456, bits: '0001100000011100100111100010010000001', hex: '30393C481', decimal: '12944917633', parity: 'ok' },
  { id: 'W9', format: 'h10304', facilityCode: 1, cardNumber: 1, bits: '1000000000000000100000000000000000010', hex: '1000100002', decimal: '68720525314', parity: 'ok' },
]

describe('Wiegand vectors W1–W9 (research/hid.md §4.6)', () => {
  for (const vector of vectors) {
    const expected = { format: vector.format, facilityCode: vector.facilityCode, cardNumber: vector.cardNumber, parity: vector.parity }

    it(`${vector.id}: ${vector.format} FC ${vector.facilityCode} CN ${vector.cardNumber} from bits, hex and decimal, parity ${vector.parity}`, () => {
      const bitLength = wiegandBitLength(vector.format)
      for (const [text, encoding] of [[vector.bits, 'bits'], [vector.hex, 'hex'], [vector.hex.toLowerCase(), 'hex'], [vector.decimal, 'decimal']] as const) {
        const bits = wiegandBitsFromText(text, encoding, bitLength)
        expect(bits).toEqual({ ok: true, value: vector.bits })
        expect(decodeWiegandBits(vector.bits, vector.format)).toMatchObject({ ok: true, value: expected })
      }
    })

    if (vector.parity === 'ok') {
      it(`${vector.id}: encoding FC ${vector.facilityCode} CN ${vector.cardNumber} gives the same frame`, () => {
        expect(encodeWiegandBits(vector.format, vector.facilityCode, vector.cardNumber)).toEqual({ ok: true, value: vector.bits })
      })
    }
  }

  it('W2 as OMNIKEY PACS hex with its leading byte (HID Global\'s own example)', () => {
    const bits = wiegandBitsFromText('0605025240', 'pacs-hex', 26)
    expect(bits).toEqual({ ok: true, value: '00000101000000100101001001' })
    expect(decodeWiegandBits('00000101000000100101001001', 'h10301')).toMatchObject({ ok: true, value: { facilityCode: 10, cardNumber: 1188, parity: 'ok' } })
    // The same example in decimal, as the guide prints it, is the PACS bytes and not a frame.
    expect(wiegandBitsFromText('25853841984', 'decimal', 26)).toMatchObject({ ok: false, diagnostic: { problem: 'wrong-bit-length' } })
  })

  it('W3: the failed parity is the even bit over the half with the flipped bit', () => {
    expect(decodeWiegandBits('10010101010110000001110011', 'h10301')).toMatchObject({ ok: true, value: { parity: 'failed', failedParityBits: [1] } })
  })
})

describe('Wiegand parity failures', () => {
  const formats: WiegandFormat[] = ['h10301', 'corporate1000_35', 'h10304']

  it('flipping any single bit of a valid frame fails parity (or every bit of Corporate 1000 is covered)', () => {
    for (const format of formats) {
      const frame = encodeWiegandBits(format, 77, 4321)
      if (!frame.ok) throw new Error(frame.diagnostic.message)
      for (let position = 0; position < frame.value.length; position += 1) {
        const flipped = frame.value.slice(0, position) + (frame.value[position] === '1' ? '0' : '1') + frame.value.slice(position + 1)
        const card = decodeWiegandBits(flipped, format)
        expect(card.ok && card.value.parity, `${format} bit ${position + 1}`).toBe('failed')
      }
    }
  })

  it('flipping two bits in the same half of an H10301 frame passes parity: its limits, shown honestly', () => {
    const card = decodeWiegandBits('10010101000110000001110011'.replace(/^1001/, '1111'), 'h10301')
    expect(card).toMatchObject({ ok: true, value: { parity: 'ok', facilityCode: 234 } })
  })

  it('each Corporate 1000 parity bit is checked on its own', () => {
    const valid = '00001111101000000111100010010000001'
    const withBit = (position: number): string => valid.slice(0, position - 1) + (valid[position - 1] === '1' ? '0' : '1') + valid.slice(position)
    expect(decodeWiegandBits(withBit(1), 'corporate1000_35')).toMatchObject({ value: { failedParityBits: [1] } })
    expect(decodeWiegandBits(withBit(35), 'corporate1000_35')).toMatchObject({ value: { failedParityBits: [35, 1] } })
    expect(decodeWiegandBits(withBit(2), 'corporate1000_35')).toMatchObject({ value: { failedParityBits: [2, 35, 1] } })
  })
})

describe('Wiegand frames, bad input', () => {
  it('wrong lengths are refused, not padded or cut', () => {
    expect(decodeWiegandBits('1001010100011000000111001', 'h10301')).toMatchObject({ ok: false, diagnostic: { problem: 'wrong-bit-length' } })
    expect(wiegandBitsFromText('100101010001100000011100110', 'bits', 26)).toMatchObject({ ok: false, diagnostic: { problem: 'wrong-bit-length' } })
    // 0x7D03C481 (a 35-bit frame) needs 31 bits: too many for a 26-bit reader.
    expect(wiegandBitsFromText('7D03C481', 'hex', 26)).toMatchObject({ ok: false, diagnostic: { problem: 'wrong-bit-length' } })
    expect(wiegandBitsFromText('68720525314', 'decimal', 35)).toMatchObject({ ok: false, diagnostic: { problem: 'wrong-bit-length' } })
    expect(wiegandBitsFromText('9'.repeat(400), 'decimal', 37)).toMatchObject({ ok: false, diagnostic: { problem: 'wrong-bit-length' } })
  })

  it('text that is not in the encoding is refused with the problem named', () => {
    expect(wiegandBitsFromText('12x4', 'hex', 26)).toMatchObject({ ok: false, diagnostic: { problem: 'not-hex' } })
    expect(wiegandBitsFromText('0x2546073', 'hex', 26)).toMatchObject({ ok: false, diagnostic: { problem: 'not-hex' } })
    expect(wiegandBitsFromText('2546073A', 'decimal', 26)).toMatchObject({ ok: false, diagnostic: { problem: 'not-a-number' } })
    expect(wiegandBitsFromText('-1', 'decimal', 26)).toMatchObject({ ok: false, diagnostic: { problem: 'not-a-number' } })
    expect(wiegandBitsFromText('10201', 'bits', 5)).toMatchObject({ ok: false, diagnostic: { problem: 'not-bits' } })
    expect(wiegandBitsFromText('   ', 'hex', 26)).toMatchObject({ ok: false, diagnostic: { problem: 'empty-value' } })
    expect(decodeWiegandBits('1001010100011000000111001x', 'h10301')).toMatchObject({ ok: false, diagnostic: { problem: 'not-bits' } })
  })

  it('PACS hex with a bad leading byte, odd length or set filler bits is refused', () => {
    expect(wiegandBitsFromText('0905025240', 'pacs-hex', 26)).toMatchObject({ ok: false, diagnostic: { problem: 'bad-fill-bits' } })
    expect(wiegandBitsFromText('060502524', 'pacs-hex', 26)).toMatchObject({ ok: false, diagnostic: { problem: 'not-hex' } })
    expect(wiegandBitsFromText('0605025241', 'pacs-hex', 26)).toMatchObject({ ok: false, diagnostic: { problem: 'bad-fill-bits' } })
    expect(wiegandBitsFromText('0505025240', 'pacs-hex', 26)).toMatchObject({ ok: false, diagnostic: { problem: 'wrong-bit-length' } })
  })

  it('encoding refuses numbers the format cannot carry', () => {
    expect(encodeWiegandBits('h10301', 256, 1)).toMatchObject({ ok: false, diagnostic: { problem: 'out-of-range' } })
    expect(encodeWiegandBits('h10304', 1, 524_288)).toMatchObject({ ok: false, diagnostic: { problem: 'out-of-range' } })
    expect(encodeWiegandBits('corporate1000_35', 4095, 1_048_575)).toMatchObject({ ok: true })
    expect(encodeWiegandBits('h10301', 1.5, 1)).toMatchObject({ ok: false })
  })
})
