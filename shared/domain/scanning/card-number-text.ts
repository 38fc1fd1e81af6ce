import type { WiegandFormat } from '../../schemas/scan'
import { decoded, quoteInput, undecodable, type ScanDecodeResult } from './scan-decode-result'
import { wiegandLimits } from './wiegand-layouts'

export interface CardNumbers {
  facilityCode: number | null
  cardNumber: number
}

/**
 * `FC:CN` or `FC-CN` as a reader types it once it has stripped the parity (`042:12345`, zero-padded
 * or not). The numbers must fit the card format the reader is set to, since Kisi stores them under it.
 */
export function parseFacilityAndCard(text: string, separator: ':' | '-', format: WiegandFormat): ScanDecodeResult<CardNumbers> {
  const value = text.trim()
  if (value === '') return undecodable('empty-value', 'The reader sent an empty value.')
  const parts = value.split(separator)
  const [facility, card] = parts
  if (parts.length !== 2 || !isDigits(facility) || !isDigits(card)) {
    return undecodable('not-a-number', `${quoteInput(value)} is not a facility code and a card number joined by "${separator}".`)
  }
  return withinFormat({ facilityCode: Number(facility), cardNumber: Number(card) }, format)
}

/** A reader set to send the card number alone; the facility code, if any, is the site's configured one. */
export function parseCardNumber(text: string, format: WiegandFormat, facilityCode: number | null): ScanDecodeResult<CardNumbers> {
  const value = text.trim()
  if (value === '') return undecodable('empty-value', 'The reader sent an empty value.')
  if (!isDigits(value)) return undecodable('not-a-number', `${quoteInput(value)} is not a card number.`)
  return withinFormat({ facilityCode, cardNumber: Number(value) }, format)
}

/** At most 8 digits: no facility code or card number of the supported formats needs more. */
function isDigits(text: string | undefined): text is string {
  return text !== undefined && /^\d{1,8}$/.test(text)
}

function withinFormat(numbers: CardNumbers, format: WiegandFormat): ScanDecodeResult<CardNumbers> {
  const limits = wiegandLimits(format)
  if (numbers.facilityCode !== null && numbers.facilityCode > limits.facilityCode) {
    return undecodable('out-of-range', `Facility code ${numbers.facilityCode} does not fit ${format} (0–${limits.facilityCode}).`)
  }
  if (numbers.cardNumber > limits.cardNumber) {
    return undecodable('out-of-range', `Card number ${numbers.cardNumber} does not fit ${format} (0–${limits.cardNumber}).`)
  }
  return decoded(numbers)
}
