/** Kisi refuses an event set wider than 90 days. */
export const maxEventSetSpanMs = 90 * 24 * 60 * 60 * 1000

/** A span of Kisi events to copy: `from` inclusive, `until` exclusive, ISO 8601 on whole seconds. */
export interface EventSyncWindow {
  from: string
  until: string
}

export interface EventSyncWindowOptions {
  /**
   * How far before `syncedUntil` a sync starts again. Kisi may list an event a little after its
   * time (a door controller that was offline, a clock a few seconds apart from the kiosk's); events
   * are stored by their id, so reading them twice costs nothing.
   */
  overlapMs: number
  /** How far back the very first sync of a place reaches. */
  firstSyncMs: number
}

const second = 1000
const floorToSecond = (time: number): number => Math.floor(time / second) * second
const ceilToSecond = (time: number): number => Math.ceil(time / second) * second

/** The end of the events a sync started at `now` copies: the next whole second, so this second's events are in. */
export function eventSyncTarget(now: Date): string {
  return new Date(ceilToSecond(now.getTime())).toISOString()
}

/**
 * The next window to read after `syncedUntil`, at most one event set wide, ending at the round's
 * target; null when the place is synced up to it. A long gap (a kiosk switched off for months)
 * is read in windows one after the other, oldest first.
 */
export function nextEventSyncWindow(syncedUntil: string | null, target: string, options: EventSyncWindowOptions): EventSyncWindow | null {
  const end = Date.parse(target)
  if (syncedUntil !== null && Date.parse(syncedUntil) >= end) return null
  const start = syncedUntil === null ? end - Math.min(options.firstSyncMs, maxEventSetSpanMs) : floorToSecond(Date.parse(syncedUntil) - options.overlapMs)
  const until = Math.min(start + maxEventSetSpanMs, end)
  return { from: new Date(start).toISOString(), until: new Date(until).toISOString() }
}

/** Kisi's own examples give times on whole seconds, without milliseconds. */
export function kisiIntervalTime(time: string): string {
  return new Date(Date.parse(time)).toISOString().replace('.000Z', 'Z')
}
