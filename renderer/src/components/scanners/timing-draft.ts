import { translate } from '@renderer/i18n'
import { keyboardTimingSchema, type KeyboardTiming } from '@shared/schemas/scan'
import type { DraftCheck } from './format-draft'

export const timingNumberFields = ['maxGapMs', 'minLength', 'maxLength', 'idleResetMs', 'prefixedIdleResetMs'] as const
export type TimingNumberField = (typeof timingNumberFields)[number]
export const timingSwitchFields = ['acceptTab', 'prefixOverridesTiming'] as const

/** Keyboard timing as its form holds it: the numbers as typed until they are checked. */
export type TimingDraft = Record<TimingNumberField, string> & Pick<KeyboardTiming, (typeof timingSwitchFields)[number]>

export const timingDraftOf = (timing: KeyboardTiming): TimingDraft => ({
  ...timing,
  ...(Object.fromEntries(timingNumberFields.map((field) => [field, String(timing[field])])) as Record<TimingNumberField, string>),
})

/** The range the schema allows a number, for the words that refuse one outside it. */
export function timingRange(field: TimingNumberField): { min: number; max: number } {
  const number = keyboardTimingSchema.shape[field].unwrap()
  return { min: number.minValue ?? 0, max: number.maxValue ?? 0 }
}

/**
 * The timing the draft says, checked with the schema, and refused when its shortest value is longer
 * than its longest: then no burst could ever be a scan.
 */
export function readTimingDraft(draft: TimingDraft): DraftCheck<KeyboardTiming> {
  const typed = { ...draft, ...Object.fromEntries(timingNumberFields.map((field) => [field, draft[field].trim() === '' ? Number.NaN : Number(draft[field])])) }
  const checked = keyboardTimingSchema.safeParse(typed)
  if (!checked.success) {
    const errors: Record<string, string> = {}
    for (const issue of checked.error.issues) {
      const field = timingNumberFields.find((each) => each === issue.path[0])
      if (field) errors[field] = translate('scanners.reading.errors.range', timingRange(field))
    }
    return { ok: false, errors }
  }
  if (checked.data.minLength > checked.data.maxLength) return { ok: false, errors: { minLength: translate('scanners.reading.errors.minAboveMax') } }
  return { ok: true, value: checked.data }
}
