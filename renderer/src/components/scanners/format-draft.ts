import { translate } from '@renderer/i18n'
import { readerOutputFormatSchema, type ReaderOutputFormat, type WiegandFormat } from '@shared/schemas/scan'

type FormatKind = ReaderOutputFormat['kind']
type FrameEncoding = Extract<ReaderOutputFormat, { kind: 'wiegand-frame' }>['encoding']
export const formatKinds: readonly FormatKind[] = ['wiegand-frame', 'facility-and-card', 'card-number', 'text']
export const frameEncodings: readonly FrameEncoding[] = ['hex', 'decimal', 'bits', 'pacs-hex']

/**
 * An output format as its form holds it: every kind's fields at once, so switching the kind back and
 * forth keeps what was chosen, and the facility code as typed until it is checked.
 */
export interface FormatDraft {
  kind: FormatKind
  encoding: FrameEncoding
  cardFormat: WiegandFormat
  separator: ':' | '-'
  facilityCode: string
}

/** What a draft field holds after a check: the value, or the words saying why it was refused. */
export type DraftCheck<Value> = { ok: true; value: Value } | { ok: false; errors: Record<string, string> }

export function formatDraftOf(format: ReaderOutputFormat): FormatDraft {
  const draft: FormatDraft = { kind: format.kind, encoding: 'hex', cardFormat: 'h10301', separator: ':', facilityCode: '' }
  if (format.kind === 'wiegand-frame') return { ...draft, encoding: format.encoding, cardFormat: format.format }
  if (format.kind === 'facility-and-card') return { ...draft, separator: format.separator, cardFormat: format.cardFormat }
  if (format.kind === 'card-number') return { ...draft, cardFormat: format.cardFormat, facilityCode: format.facilityCode === null ? '' : String(format.facilityCode) }
  return draft
}

/** Empty is "none"; anything but a whole number is NaN, for the schema to refuse. */
export const typedWholeNumber = (typed: string): number | null => (typed.trim() === '' ? null : /^\d{1,6}$/.test(typed.trim()) ? Number(typed.trim()) : Number.NaN)

function formatOfDraft(draft: FormatDraft): ReaderOutputFormat {
  switch (draft.kind) {
    case 'wiegand-frame':
      return { kind: 'wiegand-frame', encoding: draft.encoding, format: draft.cardFormat }
    case 'facility-and-card':
      return { kind: 'facility-and-card', separator: draft.separator, cardFormat: draft.cardFormat }
    case 'card-number':
      return { kind: 'card-number', cardFormat: draft.cardFormat, facilityCode: typedWholeNumber(draft.facilityCode) }
    case 'text':
      return { kind: 'text' }
  }
}

/** The format the draft says, checked with the schema; only the facility code can be typed wrong. */
export function readFormatDraft(draft: FormatDraft): DraftCheck<ReaderOutputFormat> {
  const checked = readerOutputFormatSchema.safeParse(formatOfDraft(draft))
  return checked.success ? { ok: true, value: checked.data } : { ok: false, errors: { facilityCode: translate('scanners.reading.errors.facilityCode') } }
}
