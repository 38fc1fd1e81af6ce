import { startOfDay } from 'date-fns'
import { z } from 'zod'
import { kioskEventDetailSchemas } from '@shared/schemas/kiosk-event'
import type { SqliteDatabase } from '../database/sqlite-database'
import { parsedJson } from './kiosk-event-log'

/** The current drill: where its ticks start, and each person's last tick in it. */
export interface DrillTicks {
  startedAt: string
  /** By person key: when they were ticked safe; someone whose tick was taken back is absent. */
  safeSince: Map<string, string>
}

const drillRow = z.object({ id: z.int(), at: z.string() })
const tickRow = z.object({ at: z.string(), detail: z.string() })

/**
 * Reads the ticks of the current drill from the kiosk's events. A drill is today's last
 * `drill-started`, else today itself: in an emergency nobody should have to start anything before
 * ticking, and yesterday's ticks must never make someone look safe. Event ids, not times, order a
 * tick against a drill start, so two in the same millisecond still fall on the right side.
 */
export class RollCallTicks {
  readonly #database: SqliteDatabase

  constructor(database: SqliteDatabase) {
    this.#database = database
  }

  current(now: Date): DrillTicks {
    const dayStart = startOfDay(now).toISOString()
    const drill = this.#database.get("SELECT id, at FROM kiosk_events WHERE kind = 'drill-started' AND at >= ? ORDER BY id DESC LIMIT 1", drillRow, [dayStart])
    const rows = this.#database.all("SELECT at, detail FROM kiosk_events WHERE kind = 'marked-safe' AND at >= ? AND id > ? ORDER BY id", tickRow, [dayStart, drill?.id ?? 0])
    const safeSince = new Map<string, string>()
    for (const row of rows) {
      const tick = kioskEventDetailSchemas['marked-safe'].safeParse(parsedJson(row.detail))
      // A row that no longer reads as a tick (a hand-edited database) counts as no tick.
      if (!tick.success) continue
      if (tick.data.safe) safeSince.set(tick.data.personKey, row.at)
      else safeSince.delete(tick.data.personKey)
    }
    return { startedAt: drill?.at ?? dayStart, safeSince }
  }
}
