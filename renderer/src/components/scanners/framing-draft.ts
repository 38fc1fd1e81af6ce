import { translate } from '@renderer/i18n'
import { framingKeySchema, readerFramingSchema, type ReaderFraming } from '@shared/schemas/scan'
import type { DraftCheck } from './format-draft'

/** A reader's prefix and suffix as typed: keys separated by spaces (`F12`, `;`, `Space`). */
export interface FramingDraft {
  prefix: string
  suffix: string
}

/** The space bar cannot be written between spaces, so it goes by its name. */
const spaceName = 'Space'

const keyText = (key: string): string => (key === ' ' ? spaceName : key)

export const framingDraftOf = (framing: ReaderFraming): FramingDraft => ({ prefix: framing.prefix.map(keyText).join(' '), suffix: framing.suffix.map(keyText).join(' ') })

function typedKeys(typed: string): string[] {
  return typed
    .trim()
    .split(/\s+/)
    .filter((word) => word !== '')
    .map((word) => (word.toLowerCase() === spaceName.toLowerCase() ? ' ' : /^f\d{1,2}$/i.test(word) ? word.toUpperCase() : word))
}

/**
 * Keys the kiosk keeps from the page in Electron (reload, full screen, developer tools: see
 * electron/main/input-lockdown.ts), so a typing reader's prefix of one of them would never be seen.
 * A raw HID reader's reports never pass through that filter, so its framing may use them.
 */
const keysKeptFromPage = new Set(['F5', 'F11', 'F12'])

/** Why one side's keys are refused, in words, or null when the schema takes them. */
function keysProblem(keys: readonly string[], side: 'prefix' | 'suffix', typed: boolean): string | null {
  const notAKey = keys.find((key) => !framingKeySchema.safeParse(key).success)
  if (notAKey !== undefined) return translate('scanners.reading.errors.notAKey', { key: notAKey })
  const keptKey = typed ? keys.find((key) => keysKeptFromPage.has(key)) : undefined
  if (keptKey !== undefined) return translate('scanners.reading.errors.keyKeptFromPage', { key: keptKey })
  const checked = readerFramingSchema.shape[side].safeParse(keys)
  if (checked.success) return null
  const tooBig = checked.error.issues.find((issue) => issue.code === 'too_big')
  return translate('scanners.reading.errors.tooManyKeys', { max: Number(tooBig?.maximum ?? 0) })
}

/** The framing the draft says, checked key by key with the schema; `typed` for readers that type (the keyboard path). */
export function readFramingDraft(draft: FramingDraft, reader: 'typed' | 'raw-hid'): DraftCheck<ReaderFraming> {
  const framing = { prefix: typedKeys(draft.prefix), suffix: typedKeys(draft.suffix) }
  const errors: Record<string, string> = {}
  for (const side of ['prefix', 'suffix'] as const) {
    const problem = keysProblem(framing[side], side, reader === 'typed')
    if (problem !== null) errors[side] = problem
  }
  return Object.keys(errors).length === 0 ? { ok: true, value: readerFramingSchema.parse(framing) } : { ok: false, errors }
}
