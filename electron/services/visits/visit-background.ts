import type { Clock, Logger } from '../ports'
import type { KisiConnection } from '../kisi/kisi-connection'
import type { LinkJobRunner } from './link-job-runner'
import type { LinkJobs } from './link-jobs'
import type { LinkReconciler } from './link-reconciler'
import type { VisitLifecycle } from './visit-lifecycle'
import type { VisitRepository } from './visit-repository'

export interface BackgroundDeps {
  repository: VisitRepository
  jobs: LinkJobs
  runner: LinkJobRunner
  lifecycle: VisitLifecycle
  reconciler: LinkReconciler
  connection: KisiConnection
  clock: Clock
  logger: Logger
}

// Automatic check-out is looked for often: a visitor's doors must close at the set time, not up to half a minute later.
const intervals = { jobsMs: 3_000, autoCheckOutMs: 5_000, reconcileMs: 120_000 }

/**
 * The kiosk's own chores: work off the Kisi outbox, check visitors out at their type's time, and
 * reconcile with Kisi. All three also run once at start, so a restart catches up on what it missed.
 */
export class VisitBackground {
  readonly #deps: BackgroundDeps
  readonly #timers: ReturnType<typeof setInterval>[] = []
  readonly #busy = new Set<string>()
  #stopListening: (() => void) | null = null

  constructor(deps: BackgroundDeps) {
    this.#deps = deps
  }

  start(): void {
    const every = (name: string, milliseconds: number, task: () => Promise<void>): void => {
      const run = (): void => void this.#once(name, task)
      run()
      const timer = setInterval(run, milliseconds)
      timer.unref?.()
      this.#timers.push(timer)
    }
    every('outbox', intervals.jobsMs, () => this.runDueJobs())
    every('auto check-out', intervals.autoCheckOutMs, () => this.runAutoCheckOut())
    every('reconcile', intervals.reconcileMs, () => this.reconcile())
    this.#stopListening = this.#deps.connection.onResumed(() => this.resume())
  }

  stop(): void {
    for (const timer of this.#timers.splice(0)) clearInterval(timer)
    this.#stopListening?.()
    this.#stopListening = null
  }

  /**
   * Kisi can be used again (connected, reconnected, or the stored key opened): what waited for it
   * goes now rather than at its next scheduled try, minutes away after a long wait.
   */
  resume(): void {
    this.#deps.jobs.bringForward(this.#deps.clock.now().toISOString())
    void this.#once('outbox', () => this.runDueJobs())
  }

  async runDueJobs(): Promise<void> {
    // Without a key, or with one Kisi refuses, every try would fail; piling up refused requests can
    // get an account suspended, so the outbox waits for a manager to reconnect. A stored key that
    // could not be opened is tried again here, on the kiosk alone.
    if (!(await this.#deps.connection.ready())) return
    const visitIds = new Set(this.#deps.jobs.due(this.#deps.clock.now().toISOString()).map((job) => job.visitId))
    for (const visitId of visitIds) await this.#deps.runner.runJobsFor(visitId, { fresh: false, dueOnly: true })
  }

  async runAutoCheckOut(): Promise<void> {
    for (const visit of this.#deps.repository.dueForAutoCheckOut(this.#deps.clock.now().toISOString())) {
      await this.#deps.lifecycle.checkOut(visit.id, { by: 'automatic' })
    }
  }

  /** Also runs while Kisi is unreachable: its first answer is what clears the "unreachable" state. */
  async reconcile(): Promise<void> {
    if (!(await this.#deps.connection.ready())) return
    await this.#deps.reconciler.reconcile(this.#deps.clock.now())
  }

  /** A slow round must not overlap the next one, and one failing chore must not stop the others. */
  async #once(name: string, task: () => Promise<void>): Promise<void> {
    if (this.#busy.has(name)) return
    this.#busy.add(name)
    try {
      await task()
    } catch (error) {
      this.#deps.logger.warn(`Background ${name} failed`, { error: error instanceof Error ? error.message : String(error) })
    } finally {
      this.#busy.delete(name)
    }
  }
}
