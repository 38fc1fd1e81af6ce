import type { AccessProblem } from '@shared/schemas/visit'
import type { KioskEventLog } from '../access-log/kiosk-event-log'
import type { EarlierCreates } from '../kisi/api/links-api'
import { isTransientKisiFailure, KisiError, refusedForMissingGroup, toAppError } from '../kisi/kisi-error'
import type { Clock, Logger } from '../ports'
import type { AccessLinks, IssuedLink } from './access-links'
import type { LinkJob, LinkJobs } from './link-jobs'
import type { Visit } from './visit-model'
import type { VisitRepository } from './visit-repository'

export interface JobRunnerDeps {
  repository: VisitRepository
  jobs: LinkJobs
  links: AccessLinks
  clock: Clock
  logger: Logger
  /** Links made and removed are recorded for the access log, with the job that made or removed them. */
  events: Pick<KioskEventLog, 'record'>
  changed: (visitId: string) => void
}

/** Waits between tries of an outbox job: quick at first, then every few minutes. */
const retryDelaysMs = [5_000, 15_000, 30_000, 60_000, 120_000, 300_000]
/** About a day of tries; after that a person has to look. */
const maximumAttempts = 300
/** When a link was made after an unanswered create, its late copy is looked for again this much later. */
const lateCopySweepMs = 60_000

export interface RunOptions {
  /** The first try right after check-in: no earlier link can exist, so one Kisi call is enough. */
  fresh: boolean
  /** The background takes only jobs whose time has come; a person asking takes all. */
  dueOnly: boolean
}

/** A job's end: finished (done, or ended by a refusal), or waiting for a later try; an issue that succeeded brings its link. */
type JobResult = { finished: false } | { finished: true; issued: IssuedLink | null }

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

  /**
   * Runs this visit's jobs in order, one caller at a time per visit. Each next job is read afresh,
   * so one dropped meanwhile (by a check-out) is not run and one added meanwhile is. Resolves to
   * the last link this run made, so a fresh check-in can show it without opening its sealed copy.
   */
  runJobsFor(visitId: string, options: RunOptions): Promise<IssuedLink | null> {
    const previous = this.#running.get(visitId) ?? Promise.resolve()
    const next = previous.then(async () => {
      let afterId = 0
      let issued: IssuedLink | null = null
      for (;;) {
        const job = this.#deps.jobs.nextFor(visitId, afterId, this.#now(), options.dueOnly)
        if (!job) return issued
        afterId = job.id
        const result = await this.#run(job, options.fresh && job.attempts === 0)
        // A revoke queued behind an issue must not run before the new link exists; a sweep holds nothing up.
        if (!result.finished) {
          if (job.kind === 'sweep') continue
          return issued
        }
        issued = result.issued ?? issued
      }
    })
    const settled = next.catch((error: unknown) => {
      this.#deps.logger.error('A Kisi link job crashed', { visit: visitId, error: String(error) })
      return null
    })
    this.#running.set(visitId, settled)
    void settled.then(() => {
      if (this.#running.get(visitId) === settled) this.#running.delete(visitId)
    })
    return settled
  }

  /** Resolves once every run in flight has finished, or after `timeoutMs`: for an orderly shutdown. */
  async idle(timeoutMs: number): Promise<void> {
    let timer: ReturnType<typeof setTimeout> | undefined
    await Promise.race([Promise.all(this.#running.values()), new Promise((resolve) => (timer = setTimeout(resolve, timeoutMs)))])
    clearTimeout(timer)
  }

  /** `first`: the first try right after check-in, when no link can exist yet. */
  async #run(job: LinkJob, first: boolean): Promise<JobResult> {
    const visit = this.#deps.repository.require(job.visitId)
    this.#deps.jobs.startTry(job.id)
    const creates = { unanswered: job.createUnanswered }
    try {
      if (job.kind === 'issue') {
        const earlier = first ? 'none' : job.createUnanswered ? 'unanswered' : 'possible-copy'
        return { finished: true, issued: await this.#issue(job, visit, earlier, () => (creates.unanswered = true)) }
      }
      if (job.kind === 'sweep') await this.#deps.links.sweepCopies(visit, job.generation, job.linkId)
      else if (job.kind === 'revoke') await this.#deps.links.revoke(visit, job.generation, job.linkId)
      else await this.#deps.links.revokeAll(visit, job.linkId)
      this.#deps.repository.transaction(() => {
        this.#deps.jobs.complete(job.id)
        // Only a link the kiosk knows it made is named; a sweep removes copies that never served anyone.
        if (job.kind !== 'sweep' && job.linkId !== null) {
          this.#deps.events.record('link-revoked', 'succeeded', visit, { linkId: job.linkId, because: job.kind === 'revoke' ? 'replaced' : 'visit-ended' })
        }
      })
      return { finished: true, issued: null }
    } catch (error) {
      return this.#failed(job, visit, error, creates.unanswered) ? { finished: true, issued: null } : { finished: false }
    } finally {
      this.#deps.changed(visit.id)
    }
  }

  /**
   * The link made, or null when the visit was checked out meanwhile and the link goes again. After
   * an unanswered create, a sweep a minute later removes the copy Kisi may still add, so the visit
   * keeps exactly one link without waiting for reconciliation.
   */
  async #issue(job: LinkJob, visit: Visit, earlier: EarlierCreates, onUnanswered: () => void): Promise<IssuedLink | null> {
    const { validUntil, autoCheckOutAt } = linkEnd(visit, job.validUntil ?? visit.accessValidUntil ?? this.#now())
    const issued = await this.#deps.links.issue(visit, job.generation, validUntil, earlier, onUnanswered)
    return this.#deps.repository.transaction(() => {
      const stillWanted = this.#deps.jobs.complete(job.id)
      this.#deps.events.record('link-issued', 'succeeded', visit, { linkId: issued.linkId, validUntil })
      if (issued.lateCopyPossible) {
        const sweepAt = new Date(this.#deps.clock.now().getTime() + lateCopySweepMs).toISOString()
        const kept = stillWanted ? issued.linkId : null
        this.#deps.jobs.enqueue({ visitId: visit.id, kind: 'sweep', generation: job.generation, linkId: kept, at: this.#now(), dueAt: sweepAt })
      }
      if (!stillWanted) {
        // The visit was checked out while Kisi made the link: it must not outlive the visit.
        this.#deps.jobs.enqueue({ visitId: visit.id, kind: 'revoke-all', generation: job.generation, linkId: issued.linkId, at: this.#now() })
        return null
      }
      this.#deps.repository.update(visit.id, {
        accessState: 'issued',
        accessProblem: null,
        accessValidUntil: validUntil,
        autoCheckOutAt,
        linkId: issued.linkId,
        sealedLinkSecret: issued.sealedSecret,
        linkSecretHash: issued.secretHash,
        updatedAt: this.#now(),
      })
      return issued
    })
  }

  /**
   * Kisi did not answer, or could not be asked yet (not connected): try again later (false). Kisi
   * said no, or tries ran out: end the job and tell reception what did not happen and why (true).
   */
  #failed(job: LinkJob, visit: Visit, error: unknown, createUnanswered: boolean): boolean {
    const words = error instanceof KisiError ? `${error.message} ${error.hint}` : String(error)
    const transient = isTransientKisiFailure(error) && job.attempts + 1 < maximumAttempts
    this.#deps.logger.warn('A Kisi link job did not complete', { visit: visit.id, kind: job.kind, transient, error: words })
    if (transient) {
      const delay = retryDelaysMs[Math.min(job.attempts, retryDelaysMs.length - 1)] ?? 300_000
      this.#deps.jobs.postpone(job.id, new Date(this.#deps.clock.now().getTime() + delay).toISOString(), words, createUnanswered)
      return false
    }
    this.#deps.repository.transaction(() => {
      this.#deps.jobs.complete(job.id)
      // A copy a sweep could not remove is left to reconciliation; the visit itself is fine.
      if (job.kind === 'sweep') return
      const why = causeOf(error, job, visit)
      if (job.kind !== 'issue') {
        this.#deps.repository.update(visit.id, { accessState: 'failed', accessProblem: { what: 'not-revoked', ...why }, updatedAt: this.#now() })
      } else if (visit.accessState === 'issued') {
        // A refused extension: the old link keeps working, so its revoke must not run.
        this.#deps.jobs.dropRevokesBefore(visit.id, job.generation)
        this.#deps.repository.update(visit.id, { accessProblem: { what: 'not-extended', ...why }, updatedAt: this.#now() })
      } else {
        this.#deps.repository.update(visit.id, { accessState: 'failed', accessProblem: { what: 'not-issued', ...why }, updatedAt: this.#now() })
      }
    })
    return true
  }

  #now(): string {
    return this.#deps.clock.now().toISOString()
  }
}

/**
 * A link's end and the visit's automatic check-out after it is made. Reception extending a visit past
 * its automatic check-out moves the check-out with it; any other link (the first, a retry) ends by the
 * check-out at the latest, so it never outlives the visit. An extension is an end other than the
 * visit's own window.
 */
function linkEnd(visit: Visit, requested: string): { validUntil: string; autoCheckOutAt: string | null } {
  const autoCheckOut = visit.autoCheckOutAt
  if (!autoCheckOut || requested <= autoCheckOut) return { validUntil: requested, autoCheckOutAt: autoCheckOut }
  return requested === visit.accessValidUntil ? { validUntil: autoCheckOut, autoCheckOutAt: autoCheckOut } : { validUntil: requested, autoCheckOutAt: requested }
}

type ProblemCause = Pick<Extract<AccessProblem, { what: string }>, 'reason' | 'params'>

/** Why a job ended unfinished, as a reason for reception's screen: a group gone from Kisi, Kisi's refusal, or nothing more to say. */
function causeOf(error: unknown, job: LinkJob, visit: Visit): ProblemCause {
  if (job.kind === 'issue' && refusedForMissingGroup(error)) return { reason: 'kisiGroupGone', params: { groupName: visit.accessGroupName ?? String(visit.accessGroupId) } }
  const appError = toAppError(error)
  return { reason: appError.reason ?? null, params: appError.params }
}
