import type { AccessLogEntry, AccessLogKind, AccessLogOutcome, AccessLogSource } from '../../schemas/access-log'
import { normalizeName } from '../person-name'

/** What a manager narrows a day to. Null (or an empty search) lets every line through. */
export interface AccessLogFilter {
  doorId: number | null
  kind: AccessLogKind | null
  outcome: AccessLogOutcome | null
  /** Compared case- and accent-insensitively, so "Zoë" picks the lines of "zoe". */
  person: string | null
  source: AccessLogSource | null
  /** Free text, found in the person, the door or the detail, case- and accent-insensitively. */
  search: string
}

export const emptyAccessLogFilter: AccessLogFilter = { doorId: null, kind: null, outcome: null, person: null, source: null, search: '' }

/**
 * A day's lines with what filtering needs worked out once, as pages arrive, so a keystroke in the
 * search box costs one `includes` per line and not a normalisation of three strings per line.
 */
export interface AccessLogIndex {
  readonly entries: AccessLogEntry[]
  /** Person, door and detail of `entries[i]`, normalised, separated so a match cannot span two fields. */
  readonly searchKeys: string[]
  /** The normalised person of `entries[i]`, or '' when there is none. */
  readonly personKeys: string[]
}

export function createAccessLogIndex(): AccessLogIndex {
  return { entries: [], searchKeys: [], personKeys: [] }
}

/** Adds a page of lines to the index in place (a day of 100 000 lines is not copied per page). */
export function appendToAccessLogIndex(index: AccessLogIndex, entries: readonly AccessLogEntry[]): void {
  for (const entry of entries) {
    const personKey = entry.person === null ? '' : normalizeName(entry.person)
    index.entries.push(entry)
    index.personKeys.push(personKey)
    index.searchKeys.push(`${personKey}\n${normalizeName(entry.doorName ?? '')}\n${normalizeName(entry.detail)}`)
  }
}

export function isFilterEmpty(filter: AccessLogFilter): boolean {
  return filter.doorId === null && filter.kind === null && filter.outcome === null && filter.person === null && filter.source === null && filter.search.trim() === ''
}

/** Field by field: a filter read back from the address is a new object with the same values. */
export function sameAccessLogFilter(first: AccessLogFilter, second: AccessLogFilter): boolean {
  return (
    first.doorId === second.doorId &&
    first.kind === second.kind &&
    first.outcome === second.outcome &&
    first.person === second.person &&
    first.source === second.source &&
    first.search === second.search
  )
}

/** The lines the filter lets through, in the index's order (newest first). */
export function filterAccessLog(index: AccessLogIndex, filter: AccessLogFilter): AccessLogEntry[] {
  if (isFilterEmpty(filter)) return index.entries.slice()
  const search = normalizeName(filter.search)
  const person = filter.person === null ? null : normalizeName(filter.person)
  // Read once, not once per line: a screen's filter is a reactive proxy, and its every read is tracked.
  const { doorId, kind, outcome, source } = filter
  const { entries, searchKeys, personKeys } = index
  const kept: AccessLogEntry[] = []
  for (let position = 0; position < entries.length; position += 1) {
    const entry = entries[position] as AccessLogEntry
    if (doorId !== null && entry.doorId !== doorId) continue
    if (kind !== null && entry.kind !== kind) continue
    if (outcome !== null && entry.outcome !== outcome) continue
    if (source !== null && entry.source !== source) continue
    if (person !== null && personKeys[position] !== person) continue
    if (search !== '' && !(searchKeys[position] as string).includes(search)) continue
    kept.push(entry)
  }
  return kept
}
