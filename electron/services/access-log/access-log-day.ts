import { addDays, parseISO } from 'date-fns'
import { z } from 'zod'
import { accessLogKinds, accessLogOutcomes, accessLogSources, type AccessLogCursor, type AccessLogEntry, type AccessLogPage } from '@shared/schemas/access-log'
import type { SqliteDatabase } from '../database/sqlite-database'
import { kioskEventDetailText } from './kiosk-event-detail'

const storedLine = z.object({
  id: z.string(),
  at: z.string(),
  source: z.enum(accessLogSources),
  kind: z.enum(accessLogKinds),
  outcome: z.enum(accessLogOutcomes),
  door_id: z.number().nullable(),
  door_name: z.string().nullable(),
  person: z.string().nullable(),
  kisi_user_id: z.number().nullable(),
  visit_id: z.string().nullable(),
  detail: z.string().nullable(),
  facts: z.string().nullable(),
})
type StoredLine = z.infer<typeof storedLine>

/**
 * The three sources as one table of lines. A visitor's link names its visit through every link the
 * kiosk made for it (an extension makes a new one), so an unlock reads as the visitor's, not as the
 * link's name. `id` is text, unique across sources, and orders lines of the same millisecond.
 */
const linesOfTheDay = `
  WITH visit_links (link_id, visit_id, visitor_name) AS MATERIALIZED (
    SELECT link_id, id, visitor_name FROM visits WHERE link_id IS NOT NULL
    UNION
    SELECT json_extract(e.detail, '$.linkId'), e.visit_id, v.visitor_name
      FROM kiosk_events e JOIN visits v ON v.id = e.visit_id
      WHERE e.kind = 'link-issued'
  ),
  lines AS (
    SELECT 'kisi:' || k.id AS id, k.at,
      'kisi' AS source,
      CASE WHEN k.type = 'lock.unlock' THEN 'unlock' ELSE 'kisi-other' END AS kind,
      CASE WHEN k.success = 1 THEN 'succeeded' ELSE 'refused' END AS outcome,
      CASE WHEN k.object_type = 'Lock' THEN k.object_id END AS door_id,
      CASE WHEN k.object_type = 'Lock' THEN k.object_name END AS door_name,
      COALESCE(l.visitor_name, k.actor_name) AS person,
      CASE WHEN k.actor_type = 'User' THEN k.actor_id END AS kisi_user_id,
      l.visit_id,
      CASE WHEN k.success = 0 THEN COALESCE(k.error_message, k.error_code, k.type)
           WHEN l.visit_id IS NOT NULL THEN 'with the visitor’s access link'
           WHEN k.type <> 'lock.unlock' THEN k.type END AS detail,
      NULL AS facts
    FROM kisi_events k LEFT JOIN visit_links l ON l.link_id = k.group_link_id
    WHERE k.place_id = :place AND k.at >= :from AND k.at < :until
    UNION ALL
    SELECT 'kiosk:' || id, at, 'kiosk', kind, COALESCE(outcome, 'succeeded'), NULL, NULL, person, NULL, visit_id, NULL, detail
    FROM kiosk_events WHERE at >= :from AND at < :until
    UNION ALL
    SELECT 'staff:' || id, at, 'staff', 'staff-action', outcome, NULL, NULL, role, NULL, NULL,
      action || CASE WHEN detail <> '' THEN ': ' || detail ELSE '' END, NULL
    FROM staff_audit WHERE at >= :from AND at < :until
  )`

/** The UTC bounds of a calendar day in the kiosk's own time zone (a day of a clock change has 23 or 25 hours). */
export function dayBounds(day: string): { from: string; until: string } {
  const start = parseISO(day)
  return { from: start.toISOString(), until: addDays(start, 1).toISOString() }
}

/**
 * A day of the access log from the local database, newest first, a page at a time: what a manager
 * reads works with Kisi unreachable. Kisi's events are those of the kiosk's place only.
 */
export class AccessLogDay {
  readonly #database: SqliteDatabase
  readonly #placeId: () => number | null

  constructor(database: SqliteDatabase, placeId: () => number | null) {
    this.#database = database
    this.#placeId = placeId
  }

  page(day: string, after: AccessLogCursor | null, limit: number): AccessLogPage {
    const bounds = { ...dayBounds(day), place: this.#placeId() ?? -1 }
    const total = this.#database.get(`${linesOfTheDay} SELECT COUNT(*) AS total FROM lines`, z.object({ total: z.number() }), bounds)?.total ?? 0
    const past = after ? 'WHERE at < :afterAt OR (at = :afterAt AND id < :afterId)' : ''
    const rows = this.#database.all(`${linesOfTheDay} SELECT * FROM lines ${past} ORDER BY at DESC, id DESC LIMIT :limit`, z.unknown(), {
      ...bounds,
      ...(after ? { afterAt: after.at, afterId: after.id } : {}),
      // One more than asked says whether another page follows without a second count.
      limit: limit + 1,
    })
    const entries = rows.slice(0, limit).flatMap((row) => {
      // A hand-edited row that fits no kind is left out rather than failing the whole day.
      const parsed = storedLine.safeParse(row)
      return parsed.success ? [entryOf(parsed.data)] : []
    })
    const last = entries.at(-1)
    return { entries, next: rows.length > limit && last ? { at: last.at, id: last.id } : null, total }
  }
}

function entryOf(line: StoredLine): AccessLogEntry {
  return {
    id: line.id,
    at: line.at,
    source: line.source,
    kind: line.kind,
    outcome: line.outcome,
    doorId: line.door_id,
    doorName: line.door_name,
    person: line.person,
    kisiUserId: line.kisi_user_id,
    visitId: line.visit_id,
    detail: line.facts === null ? (line.detail ?? '') : kioskEventDetailText(line.kind, line.facts),
  }
}
