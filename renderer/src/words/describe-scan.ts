import { format } from 'date-fns'
import { translate } from '@renderer/i18n'
import type { LayoutProblem } from '@shared/domain/scanning/layout-problem'
import type { OutputFormatSuggestion } from '@shared/domain/scanning/output-format-detection'
import type { DecodedScan, ReaderOutputFormat, ScanDiagnostic, WiegandFormat } from '@shared/schemas/scan'

const cardFormatWords = (format: WiegandFormat): string => translate(`accounts.badge.formats.${format}`)

/** How a reader is set to be read, in a line: "whole HID H10301 (26-bit) frames in Hexadecimal". */
export function describeReaderFormat(format: ReaderOutputFormat): string {
  switch (format.kind) {
    case 'wiegand-frame':
      return translate('scanners.formats.wiegand-frame', { format: cardFormatWords(format.format), encoding: translate(`scanners.decoding.encodings.${format.encoding}`) })
    case 'facility-and-card':
      return translate('scanners.formats.facility-and-card', { separator: format.separator, format: cardFormatWords(format.cardFormat) })
    case 'card-number':
      return format.facilityCode === null
        ? translate('scanners.formats.card-number', { format: cardFormatWords(format.cardFormat) })
        : translate('scanners.formats.cardNumberWithSite', { format: cardFormatWords(format.cardFormat), facilityCode: format.facilityCode })
    case 'text':
      return translate('scanners.formats.text')
  }
}

/** A decoded value as reception reads a card: "Card 42:10003 (HID H10301 (26-bit))", or the code. */
export function describeDecodedScan(decoded: DecodedScan): string {
  if (decoded.kind === 'code') return translate('scanners.values.code', { text: decoded.text })
  const format = cardFormatWords(decoded.format)
  return decoded.facilityCode === null
    ? translate('scanners.values.cardWithoutSite', { cardNumber: decoded.cardNumber, format })
    : translate('scanners.values.card', { facilityCode: decoded.facilityCode, cardNumber: decoded.cardNumber, format })
}

/** What could not be read, in words; the decoders' English `message` is for logs. */
export function describeScanProblem(diagnostic: ScanDiagnostic): string {
  return translate(`scanners.problems.${diagnostic.problem}`)
}

export function describeLayoutProblem(problem: LayoutProblem): string {
  return translate(`scanners.layout.${problem.kind}`, { arrived: problem.arrived, meant: problem.meant })
}

/** Why auto-detect suggests a format; the detector's English reason is for tests and logs. */
export function describeSuggestionReason(suggestion: OutputFormatSuggestion): string {
  const strong = suggestion.confidence === 'strong'
  switch (suggestion.format.kind) {
    case 'wiegand-frame':
      return translate(strong ? 'scanners.suggest.reasons.frameProven' : 'scanners.suggest.reasons.frameUnproven')
    case 'facility-and-card':
      return translate('scanners.suggest.reasons.facilityAndCard')
    case 'card-number':
      return translate('scanners.suggest.reasons.cardNumber')
    case 'text':
      return translate(strong ? 'scanners.suggest.reasons.textOnly' : 'scanners.suggest.reasons.textAlso')
  }
}

/** When a report or value came, to the second: an installer watching live tells one scan from the next. */
export function scanTime(iso: string): string {
  return format(new Date(iso), 'HH:mm:ss')
}
