import { KisiError } from '../kisi/kisi-error'
import type { Clock, Logger } from '../ports'
import type { AccessLinks } from './access-links'
import type { LinkJob, LinkJobs } from './link-jobs'
import type { VisitRepository } from './visit-repository'
import type { VisitRow } from './visit-row'

export interface JobRunnerDeps {
  repository: VisitRepository
  jobs: LinkJobs
  links: AccessLinks
  clock: Clock
  logger: Logger
  changed: (visitId: string) => void
}

/** Waits between tries of an outbox job: quick at first, then every few minutes. */
const retryDelaysMs = [5_000, 15_000, 30_000, 60_000, 120_000, 300_000]

/**
 * Does the Kisi writes the outbox holds: issues and revokes visitors' links, and records Kisi's
 * answer on the visit. Transient failures wait for a later turn; refusals end the job visibly.
 */
export class LinkJobRunner {
  readonly #deps: JobRunnerDeps
  readonly #running = new Map<string, Promise<unknown>>()

  constructor(deps: JobRunnerDeps) {
    this.#deps = deps
  }

  /** Runs this visit's outbox jobs now, in order, one caller at a time per visit. */
  runJobsFor(visitId: string, options: { fresh: boolean }): Promise<unknown> {
    const previous = this.#running.get(visitId) ?? Promise.resolve()
    const next = previous.then(async () => {
      for (const job of this.#deps.jobs.forVisit(visitId)) {
        // A revoke queued behind an issue must not run before the new link exists.
        if (!(await this.#run(job, options.fresh && job.attempts === 0))) return
      }
    })
    const settled = next.catch(() => undefined)
    this.#running.set(visitId, settled)
    void settled.then(() => {
      if (this.#running.get(visitId) === settled) this.#running.delete(visitId)
    })
    return settled
  }

  async #run(job: LinkJob, fresh: boolean): Promise<boolean> {
    const row = this.#deps.repository.require(job.visit_id)
    let done = true
    try {
      if (job.kind === 'issue') {
        const issued = await this.#deps.links.issue(row, job.link_generation, fresh)
        this.#deps.repository.transaction(() => {
          this.#deps.repository.update(row.id, {
            access_state: 'issued',
            access_problem: null,
            link_id: issued.linkId,
            link_secret_sealed: issued.sealedSecret,
            link_secret_hash: issued.secretHash,
            updated_at: this.#now(),
          })
          this.#deps.jobs.complete(job.id)
        })
      } else {
        await this.#deps.links.revoke(row, job.link_generation, job.link_id)
        this.#deps.jobs.complete(job.id)
      }
    } catch (error) {
      done = this.#failed(job, row, error)
    }
    this.#deps.changed(row.id)
    return done
  }

  /** Kisi did not answer: try again later (false). Kisi said no: the job ends and staff see why (true). */
  #failed(job: LinkJob, row: VisitRow, error: unknown): boolean {
    const transient = !(error instanceof KisiError) || error.status === null || error.status >= 500 || error.status === 429 || (error.status === 401 && error.code !== 'f29aef')
    const words = error instanceof KisiError ? `${error.message} ${error.hint}` : String(error)
    this.#deps.logger.warn('A Kisi link job did not complete', { visit: row.id, kind: job.kind, transient, error: words })
    if (transient) {
      const delay = retryDelaysMs[Math.min(job.attempts, retryDelaysMs.length - 1)] ?? 300_000
      this.#deps.jobs.postpone(job.id, new Date(this.#deps.clock.now().getTime() + delay).toISOString(), words)
      return false
    }
    this.#deps.repository.transaction(() => {
      this.#deps.jobs.complete(job.id)
      if (job.kind === 'issue') this.#deps.repository.update(row.id, { access_state: 'failed', access_problem: words, updated_at: this.#now() })
    })
    return true
  }

  #now(): string {
    return this.#deps.clock.now().toISOString()
  }
}
