import { accessLogDaySchema, accessLogKinds, accessLogOutcomes, accessLogSources } from '../../schemas/access-log'
import type { AccessLogFilter } from './access-log-filter'

/** A view of the log as the address keeps it, so a reload or a shared link opens the same day and filters. */
export interface AccessLogView {
  /** Null: today. */
  day: string | null
  filter: AccessLogFilter
}

/** The address's query as a router gives it: a value, several values or none per key. */
export type QueryValues = Record<string, unknown>

function single(value: unknown): string | null {
  const first = Array.isArray(value) ? (value as unknown[])[0] : value
  return typeof first === 'string' && first !== '' ? first : null
}

function oneOf<T extends string>(choices: readonly T[], value: unknown): T | null {
  const text = single(value)
  return choices.find((choice) => choice === text) ?? null
}

function isRealDay(text: string): boolean {
  if (!accessLogDaySchema.safeParse(text).success) return false
  const date = new Date(`${text}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text)
}

/** Reads a view from the address. A value that makes no sense is left out, never an error: the rest still opens. */
export function accessLogViewFromQuery(query: QueryValues): AccessLogView {
  const day = single(query['day'])
  const door = single(query['door'])
  return {
    day: day !== null && isRealDay(day) ? day : null,
    filter: {
      doorId: door !== null && /^\d{1,15}$/.test(door) ? Number(door) : null,
      kind: oneOf(accessLogKinds, query['kind']),
      outcome: oneOf(accessLogOutcomes, query['outcome']),
      person: single(query['person']),
      source: oneOf(accessLogSources, query['source']),
      search: single(query['q']) ?? '',
    },
  }
}

/** The address's query for a view; what is not set is left out, so a plain day keeps a plain address. */
export function accessLogViewToQuery(view: AccessLogView): Record<string, string> {
  const { filter } = view
  const query: Record<string, string> = {}
  if (view.day !== null) query['day'] = view.day
  if (filter.doorId !== null) query['door'] = String(filter.doorId)
  if (filter.kind !== null) query['kind'] = filter.kind
  if (filter.outcome !== null) query['outcome'] = filter.outcome
  if (filter.person !== null) query['person'] = filter.person
  if (filter.source !== null) query['source'] = filter.source
  if (filter.search !== '') query['q'] = filter.search
  return query
}
