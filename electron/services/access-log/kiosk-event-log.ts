import { z } from 'zod'
import { kioskEventDetailSchemas, kioskEventKinds, kioskEventOutcomes, type KioskEvent, type KioskEventDetail, type KioskEventOutcome, type RollCallEventKind, type VisitEventKind } from '@shared/schemas/kiosk-event'
import type { Clock, Logger } from '../ports'
import type { SqliteDatabase } from '../database/sqlite-database'

/** The visit an event is about, as far as the log needs it. */
export interface EventVisit {
  id: string
  visitor: { name: string }
  visitTypeName: string
  accessGroupName: string | null
  doorNames: string[]
}

/** What a caller adds to the visit's facts: the kind's own fields. */
type OwnFields<K extends VisitEventKind> = Omit<KioskEventDetail<K>, 'visitId' | 'visitorName' | 'visitTypeName' | 'groupName' | 'doorNames'>

const storedEvent = z.object({ id: z.int(), at: z.string(), kind: z.enum(kioskEventKinds), outcome: z.enum(kioskEventOutcomes), detail: z.string() })

/**
 * Writes the kiosk's own events (check-ins, approvals, check-outs, links) next to the staff audit
 * trail. Callers write inside the transaction of the visit change, so an event exists exactly when
 * its change does; a failed write is logged and never fails the visitor's action.
 */
export class KioskEventLog {
  readonly #database: SqliteDatabase
  readonly #clock: Clock
  readonly #logger: Logger

  constructor(database: SqliteDatabase, clock: Clock, logger: Logger) {
    this.#database = database
    this.#clock = clock
    this.#logger = logger
  }

  record<K extends VisitEventKind>(kind: K, outcome: KioskEventOutcome, visit: EventVisit, fields: OwnFields<K>): void {
    const detail = { visitId: visit.id, visitorName: visit.visitor.name, visitTypeName: visit.visitTypeName, groupName: visit.accessGroupName, doorNames: visit.doorNames, ...fields }
    try {
      this.#database.run('INSERT INTO kiosk_events (at, kind, detail, visit_id, person, outcome) VALUES (?, ?, ?, ?, ?, ?)', [
        this.#clock.now().toISOString(),
        kind,
        JSON.stringify(detail),
        visit.id,
        visit.visitor.name,
        outcome,
      ])
    } catch (error) {
      // The visitor's check-in or check-out matters more than its line in the log.
      this.#logger.error('A kiosk event could not be recorded', { kind, visit: visit.id, error: String(error) })
    }
  }

  /**
   * A roll call event. Unlike a visit's, it is the whole of what staff asked for, so a failed write
   * fails their call: a tick that only seemed kept would be worse than none.
   */
  recordRollCall<K extends RollCallEventKind>(kind: K, detail: KioskEventDetail<K>, about: { visitId: string | null; person: string | null }): void {
    this.#database.run('INSERT INTO kiosk_events (at, kind, detail, visit_id, person, outcome) VALUES (?, ?, ?, ?, ?, ?)', [
      this.#clock.now().toISOString(),
      kind,
      JSON.stringify(detail),
      about.visitId,
      about.person,
      'succeeded',
    ])
  }

  /** Oldest first. Rows that no longer fit their kind's schema (a hand-edited database) are left out. */
  forVisit(visitId: string): KioskEvent[] {
    const rows = this.#database.all('SELECT id, at, kind, outcome, detail FROM kiosk_events WHERE visit_id = ? ORDER BY id', storedEvent, [visitId])
    return rows.flatMap((row) => {
      const detail = kioskEventDetailSchemas[row.kind].safeParse(parsedJson(row.detail))
      return detail.success ? [{ ...row, detail: detail.data } as KioskEvent] : []
    })
  }
}

/** A stored detail's JSON; undefined when it is not JSON, so its schema refuses it. */
export function parsedJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}
