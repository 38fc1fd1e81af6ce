import { decoded, quoteInput, undecodable, type ScanDecodeResult } from './scan-decode-result'

export type WiegandFrameEncoding = 'hex' | 'decimal' | 'bits' | 'pacs-hex'

/** 37 bits need at most 37 characters (as 0s and 1s); anything far longer is not a frame, and is refused before BigInt. */
const maxFrameCharacters = 64

/**
 * A whole frame as a reader types it (hex, decimal, `0`/`1`, or OMNIKEY PACS hex with its leading
 * filler-count byte), back to `bitLength` bits. Hex and decimal lose the leading zero bits, so the
 * bit length comes from the reader's setting; a value that needs more bits is refused, not cut.
 */
export function wiegandBitsFromText(text: string, encoding: WiegandFrameEncoding, bitLength: number): ScanDecodeResult<string> {
  const value = text.trim()
  if (value === '') return undecodable('empty-value', 'The reader sent an empty value.')
  if (value.length > maxFrameCharacters) return undecodable('wrong-bit-length', `${quoteInput(value)} is too long for a ${bitLength}-bit frame.`)
  switch (encoding) {
    case 'bits':
      if (!/^[01]+$/.test(value)) return undecodable('not-bits', `${quoteInput(value)} is not written in 0s and 1s.`)
      if (value.length !== bitLength) return undecodable('wrong-bit-length', `Expected ${bitLength} bits; the reader sent ${value.length}.`)
      return decoded(value)
    case 'hex':
      if (!/^[0-9a-f]+$/i.test(value)) return undecodable('not-hex', `${quoteInput(value)} is not a hexadecimal number.`)
      return fitted(BigInt(`0x${value}`), bitLength)
    case 'decimal':
      if (!/^\d+$/.test(value)) return undecodable('not-a-number', `${quoteInput(value)} is not a decimal number.`)
      return fitted(BigInt(value), bitLength)
    case 'pacs-hex':
      return fromPacsHex(value, bitLength)
  }
}

function fitted(value: bigint, bitLength: number): ScanDecodeResult<string> {
  const bits = value.toString(2)
  if (bits.length > bitLength) return undecodable('wrong-bit-length', `The value needs ${bits.length} bits; a frame of this reader has ${bitLength}.`)
  return decoded(bits.padStart(bitLength, '0'))
}

/**
 * OMNIKEY 5x27CK "PACS bits" in hex with the leading byte (its guide, p. 13): the first byte counts
 * the zero bits appended to fill the last byte, e.g. `06` + `05025240` = 26 bits + 6 fillers.
 */
function fromPacsHex(value: string, bitLength: number): ScanDecodeResult<string> {
  if (!/^[0-9a-f]+$/i.test(value) || value.length < 4 || value.length % 2 !== 0) {
    return undecodable('not-hex', `${quoteInput(value)} is not PACS hex (a filler-count byte, then whole bytes).`)
  }
  const fillers = parseInt(value.slice(0, 2), 16)
  const payload = BigInt(`0x${value.slice(2)}`)
    .toString(2)
    .padStart((value.length - 2) * 4, '0')
  if (fillers > 7) return undecodable('bad-fill-bits', `The leading byte says ${fillers} filler bits; a byte has at most 7.`)
  if (payload.length - fillers !== bitLength) {
    return undecodable('wrong-bit-length', `Expected ${bitLength} bits; the reader sent ${payload.length - fillers}.`)
  }
  if (/1/.test(payload.slice(payload.length - fillers))) return undecodable('bad-fill-bits', 'The filler bits after the frame are not all zero.')
  return decoded(payload.slice(0, bitLength))
}
