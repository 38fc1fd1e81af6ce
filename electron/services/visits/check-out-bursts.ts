import type { CheckOutBurst } from '@shared/schemas/visit'
import type { StaffAuditLog } from '../audit/staff-audit-log'
import type { Clock } from '../ports'

/** Check-outs by name within a minute that make a burst worth reception's attention. */
export const burstSize = 3
export const burstWindowMs = 60_000
/** Bursts reception has not dismissed yet; older ones stay in the audit trail. */
const keptBursts = 20

/**
 * Watches check-outs by name at the kiosk. Anyone can pick a name and end that visitor's access, so
 * when several come close together reception is shown who left that way (until it dismisses the
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
    const now = this.#clock.now()
    this.#recent = [...this.#recent.filter((entry) => now.getTime() - entry.at < burstWindowMs), { at: now.getTime(), name: visitorName }]
    if (this.#recent.length < burstSize) return

    const current = this.#bursts[0]
    if (current && now.getTime() - Date.parse(current.until) < burstWindowMs) {
      this.#bursts[0] = { ...current, until: now.toISOString(), visitorNames: [...current.visitorNames, visitorName] }
      this.#record(`check-out by name during a burst: ${visitorName}`)
      return
    }
    const names = this.#recent.map((entry) => entry.name)
    this.#bursts = [{ from: new Date(this.#recent[0]?.at ?? now.getTime()).toISOString(), until: now.toISOString(), visitorNames: names }, ...this.#bursts].slice(0, keptBursts)
    this.#record(`${names.length} check-outs by name within a minute: ${names.join(', ')}`)
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
