import type { Translate } from '@renderer/i18n'

/** 1 January 2024 was a Monday: ISO weekday `n` is `n - 1` days later. */
const aMonday = Date.UTC(2024, 0, 1)

function weekdayName(day: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(aMonday + (day - 1) * 86_400_000)
}

/**
 * ISO weekdays (1 = Monday … 7 = Sunday) in a sentence, in the reader's language: "every day",
 * "Monday to Friday" for a run of three or more, else "on Monday, Wednesday and Saturday".
 */
export function describeDays(days: readonly number[], locale: string, t: Translate): string {
  const sorted = [...new Set(days)].filter((day) => day >= 1 && day <= 7).sort((a, b) => a - b)
  if (sorted.length === 7) return t('dayRanges.every')
  const first = sorted[0]
  const last = sorted.at(-1)
  const consecutive = sorted.every((day, index) => index === 0 || day === (sorted[index - 1] ?? 0) + 1)
  if (consecutive && sorted.length > 2 && first !== undefined && last !== undefined) {
    return t('dayRanges.range', { first: weekdayName(first, locale), last: weekdayName(last, locale) })
  }
  const names = sorted.map((day) => weekdayName(day, locale))
  return t('dayRanges.on', { days: new Intl.ListFormat(locale, { type: 'conjunction' }).format(names) })
}
