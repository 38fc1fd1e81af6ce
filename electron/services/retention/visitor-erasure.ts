import { z } from 'zod'
import { erasedVisitorName } from '@shared/domain/erased-visitor'
import { linkIdsOfVisitsSql } from '../access-log/visit-link-ids'
import type { SqliteDatabase } from '../database/sqlite-database'
import type { Clock } from '../ports'

/** An ended visit whose visitor's data can go, with what finds the rows that name them. */
export interface ErasableVisit {
  id: string
  visitorName: string
  createdAt: string
  /** When it ended: checked out, cancelled, or (never used) the day it was expected. */
  endedAt: string
}

const erasableRow = z.object({ id: z.string(), visitor_name: z.string(), created_at: z.string(), ended_at: z.string() })

/**
 * When a visit ended. A visitor on site or waiting for reception has not; neither has an invitation
 * whose day is still to come (an expected visit ends, unused, on its day).
 */
const endedAtSql = `CASE status
  WHEN 'left' THEN checked_out_at
  WHEN 'cancelled' THEN updated_at
  WHEN 'expected' THEN expected_at
END`

/**
 * Audit rows written before they carried a visit id are matched by the visitor's exact name from the
 * visit's creation until a day after it ended: every staff action on a visit happens in that time
 * (the day covers a clock set a little wrong), and outside it the same name is someone else's.
 */
const legacyAuditSlackMs = 24 * 60 * 60 * 1000

/**
 * Erases a visitor's personal data from the visit and every row that names them, keeping each row so
 * counts survive: the visit (name, e-mail, phone, company, host, purpose: the whole form), its kiosk
 * events (person and the detail's name), staff audit rows (the name in their words), and Kisi events
 * of its access links (whose names carry the visitor's name). One transaction: all or nothing.
 */
export class VisitorErasure {
  readonly #database: SqliteDatabase
  readonly #clock: Clock

  constructor(database: SqliteDatabase, clock: Clock) {
    this.#database = database
    this.#clock = clock
  }

  /**
   * Visits that ended before `endedBefore`, not erased yet. A visit with Kisi work still in the
   * outbox waits: removing its link may need the link's name, which carries the visitor's name.
   */
  endedBefore(endedBefore: string): ErasableVisit[] {
    return this.#database
      .all(
        `SELECT id, visitor_name, created_at, ${endedAtSql} AS ended_at FROM visits
         WHERE erased_at IS NULL AND ${endedAtSql} < ?
           AND NOT EXISTS (SELECT 1 FROM link_jobs WHERE link_jobs.visit_id = visits.id)`,
        erasableRow,
        [endedBefore],
      )
      .map(erasableOf)
  }

  /** The visit as erasure sees it: `ended` false for one still going on, null for an unknown id. */
  find(visitId: string): { visit: ErasableVisit | null; ended: boolean; erased: boolean; linkWorkPending: boolean } | null {
    const row = this.#database.get(
      `SELECT id, visitor_name, created_at, ${endedAtSql} AS ended_at, status, erased_at,
         EXISTS (SELECT 1 FROM link_jobs WHERE link_jobs.visit_id = visits.id) AS link_work
       FROM visits WHERE id = ?`,
      erasableRow.extend({ ended_at: z.string().nullable(), status: z.string(), erased_at: z.string().nullable(), link_work: z.number() }),
      [visitId],
    )
    if (!row) return null
    // An invitation is ended only once cancelled: its day passing is retention's rule, not a reason to erase it early.
    const ended = row.status === 'left' || row.status === 'cancelled'
    return { visit: row.ended_at === null ? null : erasableOf({ ...row, ended_at: row.ended_at }), ended, erased: row.erased_at !== null, linkWorkPending: row.link_work > 0 }
  }

  erase(visit: ErasableVisit): void {
    const now = this.#clock.now().toISOString()
    this.#database.transaction(() => {
      // The invite code goes too: an erased invitation must not let anyone in under it.
      this.#database.run(
        'UPDATE visits SET visitor_name = ?, visitor_details = ?, invite_code = NULL, link_secret_sealed = NULL, erased_at = ?, updated_at = ? WHERE id = ?',
        [erasedVisitorName, JSON.stringify({ name: erasedVisitorName }), now, now, visit.id],
      )
      this.#eraseKioskEvents(visit)
      this.#eraseAudit(visit)
      this.#eraseLinkEvents(visit.id)
    })
  }

  /**
   * Visit events name the visitor in `visitorName`, roll-call ticks in `personName`: each key is
   * overwritten only where the row has it, so no row gains a key its kind never carries.
   */
  #eraseKioskEvents(visit: ErasableVisit): void {
    const erasedKey = (key: string, detail: string): string =>
      `CASE WHEN json_type(${detail}, '$.${key}') IS NOT NULL THEN json_set(${detail}, '$.${key}', ?2) ELSE ${detail} END`
    this.#database.run(
      `UPDATE kiosk_events SET person = CASE WHEN person IS NULL THEN NULL ELSE ?2 END,
         detail = CASE WHEN json_valid(detail) THEN ${erasedKey('personName', erasedKey('visitorName', 'detail'))} ELSE replace(detail, ?3, ?2) END
       WHERE visit_id = ?1`,
      [visit.id, erasedVisitorName, visit.visitorName],
    )
  }

  #eraseAudit(visit: ErasableVisit): void {
    const name = visit.visitorName
    const from = new Date(Date.parse(visit.createdAt) - legacyAuditSlackMs).toISOString()
    const until = new Date(Date.parse(visit.endedAt) + legacyAuditSlackMs).toISOString()
    this.#database.run(
      `UPDATE staff_audit SET action = replace(action, ?1, ?2), detail = replace(detail, ?1, ?2)
       WHERE visit_id = ?3 OR (visit_id IS NULL AND at >= ?4 AND at <= ?5 AND (instr(action, ?1) > 0 OR instr(detail, ?1) > 0))`,
      [name, erasedVisitorName, visit.id, from, until],
    )
  }

  /** Kisi names a link's events by the link's name, which carries the visitor's name. */
  #eraseLinkEvents(visitId: string): void {
    const links = linkIdsOfVisitsSql('id = ?1')
    this.#database.run(`UPDATE kisi_events SET actor_name = ?2 WHERE group_link_id IN (${links}) AND actor_name IS NOT NULL`, [visitId, erasedVisitorName])
    this.#database.run(`UPDATE kisi_events SET object_name = ?2 WHERE object_type = 'GroupLink' AND object_id IN (${links})`, [visitId, erasedVisitorName])
  }
}

function erasableOf(row: z.infer<typeof erasableRow>): ErasableVisit {
  return { id: row.id, visitorName: row.visitor_name, createdAt: row.created_at, endedAt: row.ended_at }
}
