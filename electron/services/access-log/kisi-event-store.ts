import { z } from 'zod'
import { erasedVisitorName } from '@shared/domain/erased-visitor'
import { errorReasonNames } from '@shared/error-reasons'
import type { AccessLogSyncStatus } from '@shared/ipc/access-log-calls'
import type { SqliteDatabase } from '../database/sqlite-database'
import type { EventSyncWindow } from './event-sync-window'
import type { KisiEventRow } from './kisi-event-row'
import { linkIdsOfVisitsSql } from './visit-link-ids'

export type EventSyncProblem = NonNullable<AccessLogSyncStatus['problem']>

/** An event set Kisi is keeping for a window, and the cursor of the next page to read from it. */
export interface StoredEventSet {
  id: number
  createdAt: string
  /** null: no page of this set is stored yet. */
  cursor: string | null
}

export interface PlaceSyncState {
  syncedUntil: string | null
  /** The window being read, when a sync stopped before its last page. */
  window: (EventSyncWindow & { set: StoredEventSet | null }) | null
  lastSuccessAt: string | null
  lastError: EventSyncProblem | null
}

const problemSchema = z.object({ reason: z.enum(errorReasonNames), params: z.record(z.string(), z.union([z.string(), z.number()])) })

const stateRowSchema = z.object({
  synced_until: z.string().nullable(),
  window_from: z.string().nullable(),
  window_until: z.string().nullable(),
  set_id: z.number().nullable(),
  set_created_at: z.string().nullable(),
  set_cursor: z.string().nullable(),
  last_success_at: z.string().nullable(),
  last_error: z.string().nullable(),
})

function problemOf(text: string | null): EventSyncProblem | null {
  if (text === null) return null
  let stored: unknown = null
  try {
    stored = JSON.parse(text)
  } catch {
    // Unreadable: still a problem, in general words below.
  }
  // A problem written by another version that this one cannot word is still a problem.
  const parsed = problemSchema.safeParse(stored)
  return parsed.success ? parsed.data : { reason: 'accessLogSyncFailed', params: {} }
}

const eventColumns = ['uuid', 'place_id', 'at', 'type', 'action', 'success', 'object_type', 'object_id', 'object_name', 'actor_type', 'actor_id', 'actor_name', 'group_link_id', 'error_code', 'error_message'] as const

function valuesOf(row: KisiEventRow): unknown[] {
  return [row.uuid, row.placeId, row.at, row.type, row.action, row.success ? 1 : 0, row.objectType, row.objectId, row.objectName, row.actorType, row.actorId, row.actorName, row.groupLinkId, row.errorCode, row.errorMessage]
}

/**
 * The kiosk's copy of Kisi's events and how far it reaches, per place. A page of events and the
 * cursor after it are written in one transaction, so after a crash the stored cursor always
 * points just past the last stored page.
 */
export class KisiEventStore {
  readonly #database: SqliteDatabase

  constructor(database: SqliteDatabase) {
    this.#database = database
  }

  syncState(placeId: number): PlaceSyncState {
    const row = this.#database.get('SELECT * FROM kisi_event_sync WHERE place_id = ?', stateRowSchema, [placeId])
    if (!row) return { syncedUntil: null, window: null, lastSuccessAt: null, lastError: null }
    const set = row.set_id !== null && row.set_created_at !== null ? { id: row.set_id, createdAt: row.set_created_at, cursor: row.set_cursor } : null
    return {
      syncedUntil: row.synced_until,
      window: row.window_from !== null && row.window_until !== null ? { from: row.window_from, until: row.window_until, set } : null,
      lastSuccessAt: row.last_success_at,
      lastError: problemOf(row.last_error),
    }
  }

  beginWindow(placeId: number, window: EventSyncWindow): void {
    this.#update(placeId, 'window_from = ?, window_until = ?, set_id = NULL, set_created_at = NULL, set_cursor = NULL', [window.from, window.until])
  }

  /** A new set for the window being read: its pages are read from the first. */
  rememberSet(placeId: number, set: Omit<StoredEventSet, 'cursor'>): void {
    this.#update(placeId, 'set_id = ?, set_created_at = ?, set_cursor = NULL', [set.id, set.createdAt])
  }

  /** Kisi forgot the set, or failed to make it: the window is read again from a new one. */
  forgetSet(placeId: number): void {
    this.#update(placeId, 'set_id = NULL, set_created_at = NULL, set_cursor = NULL', [])
  }

  /**
   * Stores a page and where the next one starts, together. The last page (no next cursor) closes
   * the window: everything before its end is then stored. Answers how many events were new.
   */
  savePage(placeId: number, rows: readonly KisiEventRow[], nextCursor: string | null): number {
    return this.#database.transaction(() => {
      let added = 0
      if (rows.length > 0) {
        const placeholders = rows.map(() => `(${eventColumns.map(() => '?').join(', ')})`).join(', ')
        added = this.#database.run(`INSERT INTO kisi_events (${eventColumns.join(', ')}) VALUES ${placeholders} ON CONFLICT (uuid) DO NOTHING`, rows.flatMap(valuesOf))
        this.#anonymiseErasedVisitors(rows)
      }
      if (nextCursor !== null) this.#update(placeId, 'set_cursor = ?', [nextCursor])
      else this.#update(placeId, 'synced_until = window_until, window_from = NULL, window_until = NULL, set_id = NULL, set_created_at = NULL, set_cursor = NULL', [])
      return added
    })
  }

  /**
   * Kisi keeps a link's name in its events after the kiosk erased the visitor: an event that arrives
   * later (Kisi is behind, or the kiosk was offline) must be stored with the name already erased.
   */
  #anonymiseErasedVisitors(rows: readonly KisiEventRow[]): void {
    const links = linkIdsOfVisitsSql('erased_at IS NOT NULL')
    this.#database.run(
      `UPDATE kisi_events SET
         actor_name = CASE WHEN actor_name IS NOT NULL AND group_link_id IN (${links}) THEN ?1 ELSE actor_name END,
         object_name = CASE WHEN object_type = 'GroupLink' AND object_id IN (${links}) THEN ?1 ELSE object_name END
       WHERE uuid IN (SELECT value FROM json_each(?2))
         AND (group_link_id IN (${links}) OR (object_type = 'GroupLink' AND object_id IN (${links})))`,
      [erasedVisitorName, JSON.stringify(rows.map((row) => row.uuid))],
    )
  }

  recordSuccess(placeId: number, at: string): void {
    this.#update(placeId, 'last_success_at = ?, last_error = NULL, last_error_at = NULL', [at])
  }

  recordProblem(placeId: number, problem: EventSyncProblem, at: string): void {
    this.#update(placeId, 'last_error = ?, last_error_at = ?', [JSON.stringify(problem), at])
  }

  #update(placeId: number, assignments: string, values: unknown[]): void {
    this.#database.run('INSERT INTO kisi_event_sync (place_id) VALUES (?) ON CONFLICT (place_id) DO NOTHING', [placeId])
    this.#database.run(`UPDATE kisi_event_sync SET ${assignments} WHERE place_id = ?`, [...values, placeId])
  }
}
