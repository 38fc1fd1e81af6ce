import type { AccessLogEntry } from '../../schemas/access-log'
import { isDeniedUnlock, isUnlock } from './access-log-summary'

/** Unlocks and refused unlocks in one hour of the day, local time. */
export interface AccessLogHour {
  /** 0–23. */
  hour: number
  unlocks: number
  denials: number
}

/**
 * The day's doors hour by hour, in the kiosk's local time. On a daylight-saving day the repeated hour's
 * events share one bucket and the skipped hour stays empty: there is no 25th bar to draw.
 */
export function accessLogByHour(entries: readonly AccessLogEntry[]): AccessLogHour[] {
  const hours = Array.from({ length: 24 }, (_, hour) => ({ hour, unlocks: 0, denials: 0 }))
  for (const entry of entries) {
    const unlock = isUnlock(entry)
    if (!unlock && !isDeniedUnlock(entry)) continue
    const bucket = hours[new Date(entry.at).getHours()] as AccessLogHour
    if (unlock) bucket.unlocks += 1
    else bucket.denials += 1
  }
  return hours
}
