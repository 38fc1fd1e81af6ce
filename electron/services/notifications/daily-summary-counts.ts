import { z } from 'zod'
import { dayBounds } from '../access-log/access-log-day'
import type { SqliteDatabase } from '../database/sqlite-database'

/** One day's figures for the manager's daily summary. */
export interface DaySummary {
  /** `yyyy-MM-dd` in the kiosk's time zone. */
  day: string
  visitors: number
  unlocks: number
  deniedAttempts: number
  doors: { name: string; unlocks: number; denied: number }[]
  /** The people most often refused at a door, most first. */
  topRefused: { name: string; attempts: number }[]
}

const topRefusedShown = 5
const count = z.object({ count: z.number() })

/**
 * Counts one day with SQL over the stored events: visitors let in (kiosk events), and the Kisi door
 * unlocks of the kiosk's place, granted and refused, per door and per refused person.
 */
export function summarizeDay(database: SqliteDatabase, day: string, placeId: number | null): DaySummary {
  const { from, until } = dayBounds(day)
  const visitors =
    database.get(
      "SELECT COUNT(DISTINCT visit_id) AS count FROM kiosk_events WHERE at >= ? AND at < ? AND kind IN ('check-in', 'approval')",
      count,
      [from, until],
    )?.count ?? 0
  // Kisi's events of another place are never stored; the place still narrows to the current one.
  const unlocksOfDay = "FROM kisi_events WHERE place_id = ? AND at >= ? AND at < ? AND action = 'unlock'"
  const bounds = [placeId ?? -1, from, until]
  const totals = database.get(
    `SELECT COALESCE(SUM(success), 0) AS unlocks, COALESCE(SUM(1 - success), 0) AS denied ${unlocksOfDay}`,
    z.object({ unlocks: z.number(), denied: z.number() }),
    bounds,
  )
  const doors = database.all(
    `SELECT object_name AS name, SUM(success) AS unlocks, SUM(1 - success) AS denied ${unlocksOfDay}
     GROUP BY object_id, object_name ORDER BY unlocks + denied DESC, name`,
    z.object({ name: z.string(), unlocks: z.number(), denied: z.number() }),
    bounds,
  )
  const topRefused = database.all(
    `SELECT COALESCE(actor_name, 'Unknown') AS name, COUNT(*) AS attempts ${unlocksOfDay} AND success = 0
     GROUP BY name ORDER BY attempts DESC, name LIMIT ${topRefusedShown}`,
    z.object({ name: z.string(), attempts: z.number() }),
    bounds,
  )
  return { day, visitors, unlocks: totals?.unlocks ?? 0, deniedAttempts: totals?.denied ?? 0, doors, topRefused }
}

/** The summary as the webhook's message: plain lines, which Slack, Teams and relays all show. */
export function daySummaryText(summary: DaySummary, organisationName: string): string {
  const lines = [
    `Daily access summary for ${organisationName}, ${summary.day}:`,
    `Visitors: ${summary.visitors}. Unlocks: ${summary.unlocks}. Denied attempts: ${summary.deniedAttempts}.`,
  ]
  if (summary.doors.length > 0) lines.push('Doors:', ...summary.doors.map((door) => `- ${door.name}: ${door.unlocks} unlocked, ${door.denied} denied`))
  if (summary.topRefused.length > 0) lines.push('Most refused:', ...summary.topRefused.map((person) => `- ${person.name}: ${person.attempts}`))
  return lines.join('\n')
}
