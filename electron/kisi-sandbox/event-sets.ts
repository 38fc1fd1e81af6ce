import { z } from 'zod'
import type { EventFilters, Millis, WireEvent } from './sandbox-model'

/** Kisi: an event set covers at most 90 days, and the last 90 days by default. */
export const maxIntervalMs = 90 * 24 * 60 * 60 * 1000

export interface Interval {
  start: Millis
  end: Millis
}

const dateTime = z.iso.datetime({ offset: true })
const durationPattern = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/

/** An ISO 8601 duration in weeks, days and time parts (months and years have no fixed length). */
export function parseDuration(text: string): Millis | null {
  const match = durationPattern.exec(text)
  if (!match || text === 'P' || text.endsWith('T')) return null
  const [, weeks, days, hours, minutes, seconds] = match.map((part) => Number(part ?? 0))
  return ((((weeks ?? 0) * 7 + (days ?? 0)) * 24 + (hours ?? 0)) * 60 + (minutes ?? 0)) * 60_000 + (seconds ?? 0) * 1000
}

/** `start/end`, `start/duration` or `duration/end`; a bare duration is refused, as Kisi does. */
export function parseInterval(text: string): Interval | null {
  const parts = text.split('/')
  if (parts.length !== 2) return null
  const [first = '', second = ''] = parts
  const time = (value: string): Millis | null => (dateTime.safeParse(value).success ? Date.parse(value) : null)
  const start = time(first)
  const end = time(second)
  if (start !== null && end !== null) return { start, end }
  const secondDuration = parseDuration(second)
  if (start !== null && secondDuration !== null) return { start, end: start + secondDuration }
  const firstDuration = parseDuration(first)
  if (firstDuration !== null && end !== null) return { start: end - firstDuration, end }
  return null
}

/** `event_type`, `event_sequence` and `event_uuid` may hold several comma-separated values. */
function inList(list: string | null, value: string): boolean {
  return list === null || list.split(',').some((item) => item.trim() === value)
}

function equalOrUnset<T>(filter: T | null, value: T): boolean {
  return filter === null || filter === value
}

export function matchesFilters(event: WireEvent, filters: EventFilters): boolean {
  return (
    equalOrUnset(filters.event_actor_id, event.actor_id) &&
    equalOrUnset(filters.event_actor_type, event.actor_type) &&
    equalOrUnset(filters.event_authenticated_by_id, event.authenticated_by_id) &&
    equalOrUnset(filters.event_authenticated_by_type, event.authenticated_by_type) &&
    equalOrUnset(filters.event_object_id, event.object_id) &&
    equalOrUnset(filters.event_object_type, event.object_type) &&
    equalOrUnset(filters.event_place_id, event.place_id) &&
    equalOrUnset(filters.place_id, event.place_id) &&
    equalOrUnset(filters.event_success, event.success) &&
    inList(filters.event_sequence, event.sequence) &&
    inList(filters.event_type, event.type) &&
    inList(filters.event_uuid, event.uuid)
  )
}

/** Cursors are opaque to clients; inside they are just the offset of the next page. */
export function encodeCursor(offset: number): string {
  return Buffer.from(`offset:${offset}`).toString('base64url')
}

export function decodeCursor(cursor: string): number | null {
  const match = /^offset:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'))
  return match?.[1] === undefined ? null : Number(match[1])
}

export function eventPage(events: readonly WireEvent[], offset: number, limit: number): { events: WireEvent[]; cursor: string | null } {
  const end = offset + limit
  return { events: events.slice(offset, end), cursor: end < events.length ? encodeCursor(end) : null }
}
