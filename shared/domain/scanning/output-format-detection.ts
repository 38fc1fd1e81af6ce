import { wiegandFormats, type ReaderOutputFormat, type WiegandFormat } from '../../schemas/scan'
import { decodeReaderValue } from './reader-value'
import { wiegandBitLength, wiegandLimits } from './wiegand-layouts'

/** A reader output format that explains every sample, for the installer to confirm: never applied unasked. */
export interface OutputFormatSuggestion {
  format: ReaderOutputFormat
  confidence: 'strong' | 'weak'
  reason: string
}

const frameEncodings = ['bits', 'pacs-hex', 'hex', 'decimal'] as const
/** Two or three parity bits pass by chance once in 4 or 8 reads; three samples make a fluke unlikely. */
const samplesForParityProof = 3

/**
 * Suggests how a reader is set from a few sample scans of different cards, best first. Only a whole
 * Wiegand frame proves itself (every sample's parity must add up); `FC:CN` and bare numbers do not
 * say which card format they came from, so the format is the smallest one the numbers fit.
 */
export function suggestOutputFormats(samples: readonly string[]): OutputFormatSuggestion[] {
  const values = samples.map((sample) => sample.trim()).filter((sample) => sample !== '')
  if (values.length === 0) return []
  const explainsAll = (format: ReaderOutputFormat): boolean =>
    values.every((value) => {
      const result = decodeReaderValue(value, format)
      return result.ok && result.value.parity !== 'failed'
    })

  const frames = wiegandFormats.flatMap((format) => frameEncodings.map((encoding) => ({ kind: 'wiegand-frame', encoding, format }) as const)).filter(explainsAll)
  // A short frame typed in hex or decimal also fits a longer format with leading zeros, whose parity
  // can pass along with it; the shorter format is the one the samples point to.
  const shadowed = (frame: (typeof frames)[number]): boolean =>
    frames.some((other) => other.encoding === frame.encoding && wiegandBitLength(other.format) < wiegandBitLength(frame.format))
  const preferred = frames.filter((frame) => !shadowed(frame))
  const proven = values.length >= samplesForParityProof && preferred.length === 1
  const suggestions: OutputFormatSuggestion[] = [...preferred, ...frames.filter(shadowed)].map((format) => {
    const strong = proven && preferred.includes(format)
    return {
      format,
      confidence: strong ? 'strong' : 'weak',
      reason: strong ? 'Every sample is a whole frame whose parity adds up.' : `The parity adds up, but ${values.length} sample(s) could fit other settings too; scan more cards.`,
    }
  })

  for (const separator of [':', '-'] as const) {
    const pairs = values.map((value) => value.split(separator).map(Number))
    if (!values.every((value) => new RegExp(`^\\d{1,8}\\${separator}\\d{1,8}$`).test(value))) continue
    const cardFormat = smallestFormatFor(pairs.map(([facility = 0, card = 0]) => ({ facility, card })))
    if (cardFormat) {
      suggestions.push({
        format: { kind: 'facility-and-card', separator, cardFormat },
        confidence: 'strong',
        reason: `Facility code and card number joined by "${separator}"; the card format ${cardFormat} is the smallest the numbers fit, so check it on a card.`,
      })
    }
  }

  if (values.every((value) => /^\d{1,8}$/.test(value))) {
    const cardFormat = smallestFormatFor(values.map((value) => ({ facility: 0, card: Number(value) })))
    if (cardFormat) {
      suggestions.push({
        format: { kind: 'card-number', cardFormat, facilityCode: null },
        confidence: 'weak',
        reason: 'Bare numbers: the card number alone, or a frame this set-up could not prove; the facility code is not sent.',
      })
    }
  }

  if (explainsAll({ kind: 'text' })) {
    const cardLike = suggestions.length > 0
    suggestions.push({
      format: { kind: 'text' },
      confidence: cardLike ? 'weak' : 'strong',
      reason: cardLike ? 'Taken as text (a barcode or QR code), the samples are codes, not card numbers.' : 'The samples are text: a barcode or QR code scanner.',
    })
  }
  return suggestions.sort((first, second) => rank(first) - rank(second))
}

function rank(suggestion: OutputFormatSuggestion): number {
  return suggestion.confidence === 'strong' ? 0 : 1
}

function smallestFormatFor(numbers: { facility: number; card: number }[]): WiegandFormat | undefined {
  const bySize: WiegandFormat[] = ['h10301', 'corporate1000_35', 'h10304']
  return bySize.find((format) => {
    const limits = wiegandLimits(format)
    return numbers.every(({ facility, card }) => facility <= limits.facilityCode && card <= limits.cardNumber)
  })
}
