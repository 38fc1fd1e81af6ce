import type { WiegandFormat } from '../../schemas/scan'
import { decoded, undecodable, type ScanDecodeResult } from './scan-decode-result'

/** A parity bit and the 1-based bit positions it covers (itself included). */
interface ParityRule {
  bit: number
  kind: 'even' | 'odd'
  covers: number[]
}

interface WiegandLayout {
  bitLength: number
  /** 1-based first bit and width of each field, bit 1 being the first transmitted (most significant). */
  facility: { start: number; width: number }
  card: { start: number; width: number }
  parity: ParityRule[]
}

const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, index) => from + index)

/**
 * H10301 and H10304 share one shape: even parity at bit 1 over the first half, odd parity at the last
 * bit over the second half (the halves overlap at the middle bit when the frame length is odd).
 */
function halvesLayout(facilityWidth: number, cardWidth: number): WiegandLayout {
  const bitLength = facilityWidth + cardWidth + 2
  const half = Math.ceil(bitLength / 2)
  return {
    bitLength,
    facility: { start: 2, width: facilityWidth },
    card: { start: 2 + facilityWidth, width: cardWidth },
    parity: [
      { bit: 1, kind: 'even', covers: range(1, half) },
      { bit: bitLength, kind: 'odd', covers: range(bitLength - half + 1, bitLength) },
    ],
  }
}

/** research/hid.md §4.1–§4.3; the Corporate 1000 masks are Proxmark3's `Pack_C1k35s`. */
const layouts: Record<WiegandFormat, WiegandLayout> = {
  h10301: halvesLayout(8, 16),
  corporate1000_35: {
    bitLength: 35,
    facility: { start: 3, width: 12 },
    card: { start: 15, width: 20 },
    // Computed in this order when encoding: bit 2, then bit 35 (which covers bit 2), then bit 1 (all).
    parity: [
      { bit: 2, kind: 'even', covers: [2, ...range(3, 34).filter((bit) => bit % 3 !== 2)] },
      { bit: 35, kind: 'odd', covers: [35, ...range(2, 33).filter((bit) => bit % 3 !== 1)] },
      { bit: 1, kind: 'odd', covers: range(1, 35) },
    ],
  },
  h10304: halvesLayout(16, 19),
}

export function wiegandBitLength(format: WiegandFormat): number {
  return layouts[format].bitLength
}

/** The largest facility code and card number a format can carry. */
export function wiegandLimits(format: WiegandFormat): { facilityCode: number; cardNumber: number } {
  const { facility, card } = layouts[format]
  return { facilityCode: 2 ** facility.width - 1, cardNumber: 2 ** card.width - 1 }
}

export interface WiegandCard {
  format: WiegandFormat
  facilityCode: number
  cardNumber: number
  parity: 'ok' | 'failed'
  /** The parity bits that did not add up (1-based), to show an installer which half of the card is off. */
  failedParityBits: number[]
}

/** Decodes a whole frame given as `0`/`1` characters, bit 1 first, and checks every parity bit. */
export function decodeWiegandBits(bits: string, format: WiegandFormat): ScanDecodeResult<WiegandCard> {
  const layout = layouts[format]
  if (!/^[01]*$/.test(bits)) return undecodable('not-bits', 'A Wiegand frame is written in 0s and 1s only.')
  if (bits.length !== layout.bitLength) {
    return undecodable('wrong-bit-length', `A ${format} frame has ${layout.bitLength} bits; this one has ${bits.length}.`)
  }
  const bitAt = (position: number): number => (bits[position - 1] === '1' ? 1 : 0)
  const failedParityBits = layout.parity
    .filter((rule) => {
      const ones = rule.covers.reduce((count, position) => count + bitAt(position), 0)
      return ones % 2 !== (rule.kind === 'odd' ? 1 : 0)
    })
    .map((rule) => rule.bit)
  const field = ({ start, width }: { start: number; width: number }): number => parseInt(bits.slice(start - 1, start - 1 + width), 2)
  return decoded({
    format,
    facilityCode: field(layout.facility),
    cardNumber: field(layout.card),
    parity: failedParityBits.length === 0 ? 'ok' : 'failed',
    failedParityBits,
  })
}

/** The frame a reader would send for a card: what the tests, the sandbox's cards and the set-up page's examples use. */
export function encodeWiegandBits(format: WiegandFormat, facilityCode: number, cardNumber: number): ScanDecodeResult<string> {
  const layout = layouts[format]
  const limits = wiegandLimits(format)
  if (!inRange(facilityCode, limits.facilityCode) || !inRange(cardNumber, limits.cardNumber)) {
    return undecodable('out-of-range', `${format} carries facility codes 0–${limits.facilityCode} and card numbers 0–${limits.cardNumber}.`)
  }
  const bits = Array.from({ length: layout.bitLength }, () => 0)
  const place = ({ start, width }: { start: number; width: number }, value: number): void => {
    value.toString(2).padStart(width, '0').split('').forEach((bit, index) => (bits[start - 1 + index] = Number(bit)))
  }
  place(layout.facility, facilityCode)
  place(layout.card, cardNumber)
  for (const rule of layout.parity) {
    const others = rule.covers.filter((position) => position !== rule.bit).reduce((count, position) => count + (bits[position - 1] ?? 0), 0)
    bits[rule.bit - 1] = rule.kind === 'even' ? others % 2 : 1 - (others % 2)
  }
  return decoded(bits.join(''))
}

function inRange(value: number, max: number): boolean {
  return Number.isInteger(value) && value >= 0 && value <= max
}
