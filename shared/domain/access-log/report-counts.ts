import type { AccessLogEntry } from '../../schemas/access-log'

/** The figures at the top of a printed day report, over the lines it reports (the filtered view). */
export interface ReportCounts {
  lines: number
  /** Distinct visits let in: checked in directly or approved by reception after being held. */
  visitors: number
  /** Doors that opened. */
  unlocks: number
  /** Unlocks Kisi refused. */
  denied: number
}

export function reportCounts(entries: readonly AccessLogEntry[]): ReportCounts {
  const visits = new Set<string>()
  let unlocks = 0
  let denied = 0
  for (const entry of entries) {
    if (entry.kind === 'unlock') {
      if (entry.outcome === 'succeeded') unlocks += 1
      else if (entry.outcome === 'refused') denied += 1
    } else if ((entry.kind === 'check-in' || entry.kind === 'approval') && entry.outcome === 'succeeded' && entry.visitId) visits.add(entry.visitId)
  }
  return { lines: entries.length, visitors: visits.size, unlocks, denied }
}
