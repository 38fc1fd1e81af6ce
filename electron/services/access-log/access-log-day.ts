import { addDays, parseISO } from 'date-fns'
import { z } from 'zod'
import { accessLogKinds, accessLogOutcomes, accessLogSources, type AccessLogCursor, type AccessLogEntry, type AccessLogPage, type AccessLogSource } from '@shared/schemas/access-log'
import type { StaffRole } from '@shared/schemas/staff-access'
import type { SqliteDatabase } from '../database/sqlite-database'
import { kioskEventDetailText } from './kiosk-event-detail'
import type { VisitLinkEvents, VisitOfLink } from './visit-link-events'

const storedLine = z.object({
  rowid: z.number(),
  at: z.string(),
  kind: z.enum(accessLogKinds),
  outcome: z.enum(accessLogOutcomes),
  door_id: z.number().nullable(),
  door_name: z.string().nullable(),
  person: z.string().nullable(),
  kisi_user_id: z.number().nullable(),
  link_id: z.number().nullable(),
  visit_id: z.string().nullable(),
  detail: z.string().nullable(),
  facts: z.string().nullable(),
})
type StoredLine = z.infer<typeof storedLine> & { source: AccessLogSource }

/**
 * Each source as lines, newest first. `rowid` is last in every `at` index, so each reads only the
 * rows of the page from its index, whatever the size of the day.
 */
const sourceLines: Record<AccessLogSource, string> = {
  kisi: `SELECT id AS rowid, at,
      CASE WHEN type = 'lock.unlock' THEN 'unlock' ELSE 'kisi-other' END AS kind,
      CASE WHEN success = 1 THEN 'succeeded' ELSE 'refused' END AS outcome,
      CASE WHEN object_type = 'Lock' THEN object_id END AS door_id,
      CASE WHEN object_type = 'Lock' THEN object_name END AS door_name,
      actor_name AS person,
      CASE WHEN actor_type = 'User' THEN actor_id END AS kisi_user_id,
      group_link_id AS link_id, NULL AS visit_id,
      CASE WHEN success = 0 THEN COALESCE(error_message, error_code, type) WHEN type <> 'lock.unlock' THEN type END AS detail,
      NULL AS facts
    FROM kisi_events WHERE place_id = :place AND at >= :from AND at < :until`,
  kiosk: `SELECT id AS rowid, at, kind, COALESCE(outcome, 'succeeded') AS outcome, NULL AS door_id, NULL AS door_name, person,
      NULL AS kisi_user_id, NULL AS link_id, visit_id, NULL AS detail, detail AS facts
    FROM kiosk_events WHERE at >= :from AND at < :until`,
  staff: `SELECT id AS rowid, at, 'staff-action' AS kind, outcome, NULL AS door_id, NULL AS door_name, role AS person,
      NULL AS kisi_user_id, NULL AS link_id, NULL AS visit_id,
      action || CASE WHEN detail <> '' THEN ': ' || detail ELSE '' END AS detail, NULL AS facts
    FROM staff_audit WHERE at >= :from AND at < :until AND (:wholeAudit = 1 OR role = 'reception' OR visit_id IS NOT NULL)`,
}

/** The UTC bounds of a calendar day in the kiosk's own time zone (a day of a clock change has 23 or 25 hours). */
export function dayBounds(day: string): { from: string; until: string } {
  const start = parseISO(day)
  return { from: start.toISOString(), until: addDays(start, 1).toISOString() }
}

/** A line's id: its source and row, padded so that ids compare as text in row order. */
const lineId = (source: AccessLogSource, rowid: number): string => `${source}:${String(rowid).padStart(12, '0')}`
const newestFirst = (first: { at: string; id: string }, second: { at: string; id: string }): number =>
  first.at === second.at ? (first.id < second.id ? 1 : -1) : first.at < second.at ? 1 : -1

/** Rows of `source` at the cursor's own time that come after it: the ids below the cursor's. */
function rowidBelow(source: AccessLogSource, cursor: AccessLogCursor): number {
  const [cursorSource = '', row = '0'] = cursor.id.split(':')
  if (cursorSource === source) return Number(row)
  return cursorSource > source ? Number.MAX_SAFE_INTEGER : 0
}

/**
 * A day of the access log from the local database, newest first, a page at a time: what a manager
 * reads works with Kisi unreachable. Kisi's events are those of the kiosk's place only. Each source
 * gives its newest lines past the cursor and the page is their merge.
 */
export class AccessLogDay {
  readonly #database: SqliteDatabase
  readonly #placeId: () => number | null
  readonly #linkEvents: Pick<VisitLinkEvents, 'visitsByLink'>

  constructor(database: SqliteDatabase, placeId: () => number | null, linkEvents: Pick<VisitLinkEvents, 'visitsByLink'>) {
    this.#database = database
    this.#placeId = placeId
    this.#linkEvents = linkEvents
  }

  /**
   * The audit trail is a manager's (`audit.list`): it names deny-list entries and settings changes.
   * Reception reads only its own actions and those about a visit.
   */
  page(day: string, after: AccessLogCursor | null, limit: number, reader: StaffRole | null): AccessLogPage {
    const bounds = { ...dayBounds(day), place: this.#placeId() ?? -1, wholeAudit: reader === 'manager' ? 1 : 0 }
    let total = 0
    const lines: StoredLine[] = []
    for (const source of accessLogSources) {
      total += this.#database.get(`SELECT COUNT(*) AS total FROM (${sourceLines[source]})`, z.object({ total: z.number() }), bounds)?.total ?? 0
      const past = after ? 'WHERE at <= :afterAt AND (at < :afterAt OR rowid < :rowidBelow)' : ''
      const rows = this.#database.all(`SELECT * FROM (${sourceLines[source]}) ${past} ORDER BY at DESC, rowid DESC LIMIT :limit`, z.unknown(), {
        ...bounds,
        ...(after ? { afterAt: after.at, rowidBelow: rowidBelow(source, after) } : {}),
        limit: limit + 1,
      })
      for (const row of rows) {
        // A hand-edited row that fits no kind is left out rather than failing the whole day.
        const parsed = storedLine.safeParse(row)
        if (parsed.success) lines.push({ ...parsed.data, source })
      }
    }
    const merged = lines.map((line) => ({ line, at: line.at, id: lineId(line.source, line.rowid) })).sort(newestFirst)
    const links = merged.some(({ line }) => line.link_id !== null) ? this.#linkEvents.visitsByLink() : new Map<number, VisitOfLink>()
    const entries = merged.slice(0, limit).map(({ line, id }) => entryOf(line, id, line.link_id === null ? undefined : links.get(line.link_id)))
    const last = entries.at(-1)
    return { entries, next: merged.length > limit && last ? { at: last.at, id: last.id } : null, total }
  }
}

function entryOf(line: StoredLine, id: string, visit: VisitOfLink | undefined): AccessLogEntry {
  return {
    id,
    at: line.at,
    source: line.source,
    kind: line.kind,
    outcome: line.outcome,
    doorId: line.door_id,
    doorName: line.door_name,
    person: visit?.visitorName ?? line.person,
    kisiUserId: line.kisi_user_id,
    visitId: visit?.visitId ?? line.visit_id,
    detail: line.facts !== null ? kioskEventDetailText(line.kind, line.facts) : visit && line.outcome === 'succeeded' ? 'with the visitor’s access link' : (line.detail ?? ''),
  }
}
