import { shortTime } from './short-time'

/** A moment as main writes it into its English lines: ISO 8601 with a UTC offset. */
const isoMoment = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})/g

/**
 * Main's English lines (an account change's steps, the audit trail's actions) carry moments as ISO
 * UTC; on screen they read in the kiosk's local time, like every other time staff see.
 */
export function withLocalTimes(text: string, now: Date = new Date()): string {
  return text.replace(isoMoment, (iso) => shortTime(iso, now))
}
