/*
 * The LF card formats the sandbox enrols: Kisi's `type` and `format_name` for each, the ranges of
 * its facility code and card number, and its Wiegand frame, which the sandbox shows as the card's
 * `uid` (Kisi does not say what it puts there for a formatted card; the frame is what a reader
 * sends). Bit 1 is the first bit sent and the most significant (research/hid.md §4).
 */

interface FrameLayout {
  length: number
  facility: { start: number; bits: number }
  number: { start: number; bits: number }
  /** Set in this order: a later parity bit may cover an earlier one (Corporate 1000's O1 covers all). */
  parity: { at: number; odd: boolean; over: number[] }[]
}

export interface SandboxCardFormat {
  formatName: string
  /** Only some of Kisi's LF shapes carry the deprecated two-factor PIN fields. */
  twoFactorPin: boolean
  layout: FrameLayout
}

const positions = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, index) => from + index)
/** Two of every three positions from `from`: Corporate 1000's interleaved parity masks. */
const twoOfEveryThree = (from: number, to: number): number[] => positions(from, to).filter((position) => (position - from) % 3 !== 2)

export const sandboxCardFormats = {
  third_party_lf_hid_h10301: {
    formatName: 'hid_h10301',
    twoFactorPin: true,
    layout: {
      length: 26,
      facility: { start: 2, bits: 8 },
      number: { start: 10, bits: 16 },
      parity: [
        { at: 1, odd: false, over: positions(2, 13) },
        { at: 26, odd: true, over: positions(14, 25) },
      ],
    },
  },
  third_party_lf_hid_corporate1000_35: {
    formatName: 'hid_corporate1000_35',
    twoFactorPin: false,
    layout: {
      length: 35,
      facility: { start: 3, bits: 12 },
      number: { start: 15, bits: 20 },
      parity: [
        { at: 2, odd: false, over: twoOfEveryThree(3, 34) },
        { at: 35, odd: true, over: twoOfEveryThree(2, 33) },
        { at: 1, odd: true, over: positions(2, 35) },
      ],
    },
  },
  third_party_lf_hid_h10304: {
    formatName: 'hid_h10304',
    twoFactorPin: true,
    layout: {
      length: 37,
      facility: { start: 2, bits: 16 },
      number: { start: 18, bits: 19 },
      parity: [
        { at: 1, odd: false, over: positions(2, 19) },
        { at: 37, odd: true, over: positions(19, 36) },
      ],
    },
  },
} as const satisfies Record<string, SandboxCardFormat>

export type SandboxCardType = keyof typeof sandboxCardFormats
export const sandboxCardTypes = Object.keys(sandboxCardFormats) as [SandboxCardType, ...SandboxCardType[]]

/** The largest facility code and card number a format can hold. */
export function cardFormatLimits(type: SandboxCardType): { facilityCode: number; cardNumber: number } {
  const { layout } = sandboxCardFormats[type]
  return { facilityCode: 2 ** layout.facility.bits - 1, cardNumber: 2 ** layout.number.bits - 1 }
}

/** The card's whole Wiegand frame, parity included, in lower-case hex (one digit per started nibble). */
export function wiegandUid(type: SandboxCardType, facilityCode: number, cardNumber: number): string {
  const { layout } = sandboxCardFormats[type]
  const bits = new Array<number>(layout.length + 1).fill(0)
  const place = (field: { start: number; bits: number }, value: number) => {
    for (let index = 0; index < field.bits; index += 1) bits[field.start + index] = Math.floor(value / 2 ** (field.bits - 1 - index)) % 2
  }
  place(layout.facility, facilityCode)
  place(layout.number, cardNumber)
  for (const { at, odd, over } of layout.parity) {
    const ones = over.reduce((count, position) => count + (bits[position] ?? 0), 0)
    bits[at] = (ones + (odd ? 1 : 0)) % 2
  }
  return BigInt(`0b${bits.slice(1).join('')}`).toString(16).padStart(Math.ceil(layout.length / 4), '0')
}
