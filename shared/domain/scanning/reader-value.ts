import type { DecodedScan, ParityResult, ReaderFraming, ReaderOutputFormat, ReaderOutputSetting, WiegandFormat } from '../../schemas/scan'
import { parseCardNumber, parseFacilityAndCard, type CardNumbers } from './card-number-text'
import { decoded, quoteInput, undecodable, type ScanDecodeResult } from './scan-decode-result'
import { decodeWiegandBits, wiegandBitLength } from './wiegand-layouts'
import { wiegandBitsFromText } from './wiegand-frame-text'

/** What one reader value means: the `raw`, `decoded` and `parity` of the scan event. */
export interface ReaderValue {
  raw: string
  decoded: DecodedScan
  parity: ParityResult
}

const maxCodeLength = 512

/** A line of keys (characters, or function-key names like `F12`) with the reader's prefix and suffix taken off. */
export function stripFraming(tokens: readonly string[], framing: ReaderFraming): ScanDecodeResult<string> {
  const { prefix, suffix } = framing
  const startsRight = prefix.every((token, index) => tokens[index] === token)
  const endsRight = suffix.every((token, index) => tokens[tokens.length - suffix.length + index] === token)
  if (!startsRight || !endsRight || tokens.length < prefix.length + suffix.length) {
    return undecodable('framing-mismatch', `The keys do not start with the reader's prefix (${prefix.join(' ') || 'none'}) and end with its suffix (${suffix.join(' ') || 'none'}).`)
  }
  const body = tokens.slice(prefix.length, tokens.length - suffix.length)
  if (body.some((token) => token.length !== 1)) return undecodable('not-printable', 'A function key came inside the value.')
  return decoded(body.join(''))
}

/** A finished line from either keyboard path: framing off, then decoded as the reader is set to send. */
export function decodeReaderLine(tokens: readonly string[], setting: ReaderOutputSetting): ScanDecodeResult<ReaderValue> {
  const text = stripFraming(tokens, setting.framing)
  return text.ok ? decodeReaderValue(text.value, setting.format) : text
}

/** One value as text (a keyboard line, a HID POS barcode), decoded by the reader's output format. */
export function decodeReaderValue(text: string, format: ReaderOutputFormat): ScanDecodeResult<ReaderValue> {
  const raw = text.trim()
  switch (format.kind) {
    case 'wiegand-frame': {
      const bits = wiegandBitsFromText(raw, format.encoding, wiegandBitLength(format.format))
      if (!bits.ok) return bits
      const card = decodeWiegandBits(bits.value, format.format)
      if (!card.ok) return card
      const { facilityCode, cardNumber, parity } = card.value
      return decoded({ raw, decoded: { kind: 'card', format: format.format, facilityCode, cardNumber }, parity })
    }
    case 'facility-and-card':
      return cardValue(raw, format.cardFormat, parseFacilityAndCard(raw, format.separator, format.cardFormat))
    case 'card-number':
      return cardValue(raw, format.cardFormat, parseCardNumber(raw, format.cardFormat, format.facilityCode))
    case 'text':
      return codeValue(raw)
  }
}

function cardValue(raw: string, format: WiegandFormat, numbers: ScanDecodeResult<CardNumbers>): ScanDecodeResult<ReaderValue> {
  if (!numbers.ok) return numbers
  return decoded({ raw, decoded: { kind: 'card', format, ...numbers.value }, parity: 'not-checked' })
}

function codeValue(raw: string): ScanDecodeResult<ReaderValue> {
  if (raw === '') return undecodable('empty-value', 'The reader sent an empty value.')
  if (raw.length > maxCodeLength) return undecodable('line-too-long', `A code longer than ${maxCodeLength} characters was dropped.`)
  // Control characters (a GS1 separator aside) have no place in an invite code or a pass link.
  if (/[\u0000-\u001c\u001e\u001f\u007f]/.test(raw)) return undecodable('not-printable', `${quoteInput(raw)} holds control characters.`)
  return decoded({ raw, decoded: { kind: 'code', text: raw }, parity: 'not-checked' })
}
