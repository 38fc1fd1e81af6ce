import { z } from 'zod'
import type { SqliteDatabase } from '../database/sqlite-database'

/** One unlock attempt by an access link, as the kiosk's copy of Kisi's log holds it. */
export interface LinkUnlock {
  at: string
  linkId: number
  doorId: number
  doorName: string
  succeeded: boolean
  errorMessage: string | null
}

const linkRow = z.object({ visit_id: z.string(), link_id: z.int() })
const unlockRow = z.object({ at: z.string(), link_id: z.int(), door_id: z.int(), door_name: z.string(), success: z.int(), error_message: z.string().nullable() })
const visitIdRow = z.object({ visit_id: z.string() })
const linkVisitRow = z.object({ link_id: z.int(), visit_id: z.string(), visitor_name: z.string() })

/** The visit a link was made for, as the day's log names a link's unlock: by its visitor. */
export interface VisitOfLink {
  visitId: string
  visitorName: string
}

/**
 * Every (visit, link) pair: the links the kiosk logged issuing, and each visit's current link, which
 * a visit from before the kiosk logged its own events has without a `link-issued` row.
 */
const visitLinks = `visit_links AS (
  SELECT visit_id, json_extract(detail, '$.linkId') AS link_id, id AS issued FROM kiosk_events WHERE kind = 'link-issued' AND visit_id IS NOT NULL
  UNION SELECT id, link_id, NULL FROM visits WHERE link_id IS NOT NULL)`

const placeholders = (values: readonly unknown[]): string => values.map(() => '?').join(', ')

/**
 * Joins visits to Kisi's door events through their access links. A visit may have had several
 * links (an extension makes a new one); every one the kiosk issued is in its `link-issued` kiosk
 * events, and Kisi's events name the link that acted (`group_link_id`).
 */
export class VisitLinkEvents {
  readonly #database: SqliteDatabase

  constructor(database: SqliteDatabase) {
    this.#database = database
  }

  /** The visit of every link the kiosk made. */
  visitsByLink(): Map<number, VisitOfLink> {
    const rows = this.#database.all(`WITH ${visitLinks} SELECT l.link_id, l.visit_id, v.visitor_name FROM visit_links l JOIN visits v ON v.id = l.visit_id`, linkVisitRow)
    return new Map(rows.map((row) => [row.link_id, { visitId: row.visit_id, visitorName: row.visitor_name }]))
  }

  /** Every link each visit had, oldest first; a visit with none is left out. */
  linksOf(visitIds: readonly string[]): Map<string, number[]> {
    const links = new Map<string, number[]>()
    if (visitIds.length === 0) return links
    const rows = this.#database.all(
      `WITH ${visitLinks}
       SELECT DISTINCT visit_id, link_id FROM visit_links WHERE visit_id IN (${placeholders(visitIds)}) ORDER BY issued IS NULL, issued`,
      linkRow,
      [...visitIds],
    )
    for (const row of rows) {
      const known = links.get(row.visit_id) ?? []
      if (!known.includes(row.link_id)) links.set(row.visit_id, [...known, row.link_id])
    }
    return links
  }

  /** The unlock attempts of these links, granted or refused, oldest first. */
  unlocksBy(linkIds: readonly number[]): LinkUnlock[] {
    if (linkIds.length === 0) return []
    return this.#database
      .all(
        `SELECT at, group_link_id AS link_id, object_id AS door_id, object_name AS door_name, success, error_message FROM kisi_events
         WHERE group_link_id IN (${placeholders(linkIds)}) AND action = 'unlock' ORDER BY at, id`,
        unlockRow,
        [...linkIds],
      )
      .map((row) => ({ at: row.at, linkId: row.link_id, doorId: row.door_id, doorName: row.door_name, succeeded: row.success === 1, errorMessage: row.error_message }))
  }

  /** The visits whose links tried a door in [from, until), whichever day the visit was. */
  visitsActingBetween(from: string, until: string): string[] {
    return this.#database
      .all(
        `WITH ${visitLinks}
         SELECT DISTINCT visit_links.visit_id FROM kisi_events AS event JOIN visit_links ON visit_links.link_id = event.group_link_id
         WHERE event.place_id IN (SELECT place_id FROM kisi_event_sync) AND event.at >= ? AND event.at < ?
           AND event.group_link_id IS NOT NULL AND event.action = 'unlock'`,
        visitIdRow,
        [from, until],
      )
      .map((row) => row.visit_id)
  }
}
