import { failedBecause } from '@shared/errors'
import type { StaffAuditLog } from '../audit/staff-audit-log'
import type { Clock, Logger } from '../ports'
import type { SettingsRepository } from '../settings/settings-repository'
import type { VisitorErasure } from './visitor-erasure'

export interface RetentionDeps {
  erasure: VisitorErasure
  settings: SettingsRepository
  audit: Pick<StaffAuditLog, 'record'>
  clock: Clock
  logger: Logger
  /** Visits were erased: staff screens reload their lists. */
  changed: (visitId: string | null) => void
  /** Between runs; a day unless a test says otherwise. */
  periodMs?: number
}

const dayMs = 24 * 60 * 60 * 1000

/**
 * Keeps visitors' personal data only as long as the manager's setting says: at start, once a day,
 * and as soon as the setting changes, visits that ended more than that many days ago are erased (see
 * `VisitorErasure`). Each run is in the audit trail with how many it erased.
 */
export class VisitorRetention {
  readonly #deps: RetentionDeps
  #timer: ReturnType<typeof setInterval> | null = null
  #unsubscribe: (() => void) | null = null

  constructor(deps: RetentionDeps) {
    this.#deps = deps
  }

  start(): void {
    this.#runSafely()
    this.#timer = setInterval(() => this.#runSafely(), this.#deps.periodMs ?? dayMs)
    this.#timer.unref?.()
    this.#unsubscribe = this.#deps.settings.subscribe((document, previous) => {
      if (document.kiosk.visitorDataDays !== previous.kiosk.visitorDataDays) this.#runSafely()
    })
  }

  stop(): void {
    if (this.#timer !== null) clearInterval(this.#timer)
    this.#timer = null
    this.#unsubscribe?.()
    this.#unsubscribe = null
  }

  /** Erases every visit past the setting; answers how many. */
  run(): number {
    const days = this.#deps.settings.get().kiosk.visitorDataDays
    const cutoff = new Date(this.#deps.clock.now().getTime() - days * dayMs).toISOString()
    const due = this.#deps.erasure.endedBefore(cutoff)
    for (const visit of due) this.#deps.erasure.erase(visit)
    // A run that erased nothing changed nothing; a line for it at every start and every day would
    // bury the trail's real actions.
    if (due.length === 0) return 0
    this.#deps.audit.record({
      role: null,
      action: `erase the personal data of visitors whose visit ended more than ${days} days ago`,
      outcome: 'succeeded',
      detail: `${due.length} ${due.length === 1 ? 'visit' : 'visits'} erased`,
    })
    this.#deps.changed(null)
    return due.length
  }

  /**
   * A data-subject request: erase one visit's visitor now. A visit still going on is refused, since
   * reception needs the name while the visitor is here, and its Kisi link still carries it.
   */
  eraseNow(visitId: string): void {
    const found = this.#deps.erasure.find(visitId)
    if (!found) throw failedBecause('not_found', 'visitGone', {}, `Visit ${visitId} does not exist`)
    if (found.erased) return
    if (!found.ended || !found.visit) throw failedBecause('conflict', 'visitNotEnded', {}, `Visit ${visitId} has not ended`)
    if (found.linkWorkPending) throw failedBecause('conflict', 'visitLinkStillOpen', {}, `Visit ${visitId} still has Kisi link work in the outbox`)
    this.#deps.erasure.erase(found.visit)
    this.#deps.changed(visitId)
  }

  /** A failed run is logged and tried again at the next one; it must not stop the kiosk starting. */
  #runSafely(): void {
    try {
      this.run()
    } catch (error) {
      const problem = error instanceof Error ? error.message : String(error)
      this.#deps.logger.error('Erasing visitors’ personal data failed', { error: problem })
      try {
        this.#deps.audit.record({ role: null, action: 'erase the personal data of visitors past the retention setting', outcome: 'failed', detail: problem })
      } catch {
        // The database itself failed; the log line above is all that can be kept.
      }
    }
  }
}
