import type { CheckOutBurst } from '@shared/schemas/visit'
import type { StaffAuditLog } from '../audit/staff-audit-log'
import type { Clock } from '../ports'

/**
 * Check-outs by name that make a burst worth reception's attention: quickly one after another, or
 * paced to slip under the first rule (one every 30 s stays under 3 a minute, not under 5 in 15).
 */
export const burstRules = [
  { count: 3, withinMs: 60_000, words: 'a minute' },
  { count: 5, withinMs: 15 * 60_000, words: '15 minutes' },
  { count: 10, withinMs: 60 * 60_000, words: 'an hour' },
] as const
const longestWindowMs = Math.max(...burstRules.map((rule) => rule.withinMs))
/** Bursts reception has not dismissed yet; older ones stay in the audit trail. */
const keptBursts = 20

/**
 * Watches check-outs by name at the kiosk. Anyone can pick a name and end that visitor's access, so
 * when several come close together (see `burstRules`) reception is shown who left that way (until it dismisses the
 * notice; the kiosk's memory only, the audit trail keeps every burst and each check-out in it).
 */
export class CheckOutBursts {
  readonly #clock: Clock
  readonly #audit: Pick<StaffAuditLog, 'record'>
  #recent: { at: number; name: string }[] = []
  #bursts: CheckOutBurst[] = []

  constructor(clock: Clock, audit: Pick<StaffAuditLog, 'record'>) {
    this.#clock = clock
    this.#audit = audit
  }

  checkedOutByName(visitorName: string): void {
    const now = this.#clock.now().getTime()
    this.#recent = [...this.#recent.filter((entry) => now - entry.at < longestWindowMs), { at: now, name: visitorName }]
    const rule = burstRules.find(({ count, withinMs }) => this.#recent.filter((entry) => now - entry.at < withinMs).length >= count)
    if (!rule) return

    const current = this.#bursts[0]
    if (current && now - Date.parse(current.until) < rule.withinMs) {
      this.#bursts[0] = { ...current, until: new Date(now).toISOString(), visitorNames: [...current.visitorNames, visitorName] }
      this.#record(`check-out by name during a burst: ${visitorName}`)
      return
    }
    const inBurst = this.#recent.filter((entry) => now - entry.at < rule.withinMs)
    const names = inBurst.map((entry) => entry.name)
    this.#bursts = [{ from: new Date(inBurst[0]?.at ?? now).toISOString(), until: new Date(now).toISOString(), visitorNames: names }, ...this.#bursts].slice(0, keptBursts)
    this.#record(`${names.length} check-outs by name within ${rule.words}: ${names.join(', ')}`)
  }

  /** Newest first. */
  standing(): CheckOutBurst[] {
    return this.#bursts
  }

  dismiss(): void {
    this.#bursts = []
  }

  #record(detail: string): void {
    this.#audit.record({ role: null, action: 'visitors checked out by name at the kiosk in a burst', outcome: 'succeeded', detail })
  }
}
