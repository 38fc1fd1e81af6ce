import {
  accessLogKinds,
  accessLogOutcomes,
  accessLogSources,
  type AccessLogEntry,
  type AccessLogKind,
  type AccessLogOutcome,
  type AccessLogSource,
} from '@shared/schemas/access-log'
import { translate } from '@renderer/i18n'
import { withLocalTimes } from './local-times'

export const accessLogColumns = ['time', 'kind', 'outcome', 'door', 'person', 'detail', 'source'] as const
export type AccessLogColumn = (typeof accessLogColumns)[number]

/** The words an exported line is made of, looked up once per export rather than once per line. */
export interface AccessLogWords {
  columns: Record<AccessLogColumn, string>
  kinds: Record<AccessLogKind, string>
  outcomes: Record<AccessLogOutcome, string>
  sources: Record<AccessLogSource, string>
}

export interface AccessLogRowOptions {
  /** The day the lines belong to (`YYYY-MM-DD`), so a moment in a detail reads as a time of that day. */
  day: string
  /** A CSV line stands alone and carries its date; a printed line sits under the day's title. */
  time: 'date-time' | 'time'
}

/** The current locale's words for every column, kind, outcome and source. */
export function accessLogWords(): AccessLogWords {
  const pick = <Key extends string>(keys: readonly Key[], word: (key: Key) => string): Record<Key, string> =>
    Object.fromEntries(keys.map((key) => [key, word(key)])) as Record<Key, string>
  return {
    columns: pick(accessLogColumns, (column) => translate(`accessLogExport.columns.${column}`)),
    kinds: pick(accessLogKinds, (kind) => translate(`accessLog.kinds.${kind}`)),
    outcomes: pick(accessLogOutcomes, (outcome) => translate(`accessLog.outcomes.${outcome}`)),
    sources: pick(accessLogSources, (source) => translate(`accessLog.sources.${source}`)),
  }
}

/**
 * The day's lines as rows of words under a header row, in the order given: the time in the kiosk's
 * local time, the kind, outcome and source in the locale's words, and the door, person and detail as
 * recorded (a moment in a detail read in local time too). Pure, and linear: a day can hold 100 000 lines.
 */
export function accessLogRows(entries: readonly AccessLogEntry[], words: AccessLogWords, options: AccessLogRowOptions): string[][] {
  const rows = new Array<string[]>(entries.length + 1)
  rows[0] = accessLogColumns.map((column) => words.columns[column])
  const dayNoon = new Date(`${options.day}T12:00:00`)
  const withDate = options.time === 'date-time'
  for (let index = 0; index < entries.length; index += 1) {
    const entry = entries[index] as AccessLogEntry
    rows[index + 1] = [
      localStamp(new Date(entry.at), withDate),
      words.kinds[entry.kind],
      words.outcomes[entry.outcome],
      entry.doorName ?? '',
      entry.person ?? '',
      entry.detail.includes('T') ? withLocalTimes(entry.detail, dayNoon) : entry.detail,
      words.sources[entry.source],
    ]
  }
  return rows
}

const twoDigits = (value: number): string => (value < 10 ? `0${value}` : String(value))

/** `2025-06-12 14:05:07` (or `14:05:07`) in local time; hand-made because date-fns is too slow for 100 000 lines. */
function localStamp(date: Date, withDate: boolean): string {
  const time = `${twoDigits(date.getHours())}:${twoDigits(date.getMinutes())}:${twoDigits(date.getSeconds())}`
  return withDate ? `${date.getFullYear()}-${twoDigits(date.getMonth() + 1)}-${twoDigits(date.getDate())} ${time}` : time
}
