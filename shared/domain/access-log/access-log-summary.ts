import type { AccessLogEntry } from '../../schemas/access-log'

/** The day in three numbers, for the tiles above the timeline. */
export interface AccessLogSummary {
  /** Distinct visits let in: checked in at the kiosk or by reception, or approved after a hold. */
  visitors: number
  /** Doors that opened. */
  unlocks: number
  /** Unlocks Kisi refused. */
  deniedAttempts: number
}

export const isAdmission = (entry: AccessLogEntry): boolean => (entry.kind === 'check-in' || entry.kind === 'approval') && entry.outcome === 'succeeded'
export const isUnlock = (entry: AccessLogEntry): boolean => entry.kind === 'unlock' && entry.outcome === 'succeeded'
export const isDeniedUnlock = (entry: AccessLogEntry): boolean => entry.kind === 'unlock' && entry.outcome === 'refused'

export function summarizeAccessLog(entries: readonly AccessLogEntry[]): AccessLogSummary {
  const visits = new Set<string>()
  let unlocks = 0
  let deniedAttempts = 0
  for (const entry of entries) {
    if (isUnlock(entry)) unlocks += 1
    else if (isDeniedUnlock(entry)) deniedAttempts += 1
    // A visit is counted once even when it was held, approved and checked in again after leaving.
    else if (isAdmission(entry)) visits.add(entry.visitId ?? entry.id)
  }
  return { visitors: visits.size, unlocks, deniedAttempts }
}
