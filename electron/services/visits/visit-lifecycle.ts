import { randomBytes } from 'node:crypto'
import { accessWindowFor, autoCheckOutFor } from '@shared/domain/access-window'
import type { VisitorDetails } from '@shared/domain/visitor-form'
import type { VisitType } from '@shared/schemas/visit-policy'
import type { KioskEventActor } from '@shared/schemas/kiosk-event'
import type { HoldReason, VisitStatus } from '@shared/schemas/visit'
import type { KioskEventLog } from '../access-log/kiosk-event-log'
import type { Clock } from '../ports'
import type { IssuedLink } from './access-links'
import type { LinkJobRunner } from './link-job-runner'
import type { LinkJobs } from './link-jobs'
import { newPassCode } from './pass-code'
import type { Visit, VisitChanges } from './visit-model'
import type { VisitRepository } from './visit-repository'

export interface LifecycleDeps {
  repository: VisitRepository
  jobs: LinkJobs
  runner: LinkJobRunner
  clock: Clock
  /** Where each move is recorded for the access log, in the move's own transaction. */
  events: Pick<KioskEventLog, 'record'>
  /** Tells staff screens a visit changed. */
  changed: (visitId: string) => void
  /** Begins every visit id (part of the database's id), so a visit's Kisi link says where it was made. */
  visitIdPrefix: string
  /** Begins every pass code (see pass-code.ts), so a visit's Kisi link says which kiosk database made it. */
  kioskTag: string
  /** How long a person at the screen waits for Kisi before the outbox takes over. */
  patienceMs?: number
  /** A visitor is now on site (checked in, approved or walked in): their host may be told. */
  arrived?: (visit: Visit) => void
}

/** A visit just checked in, with the link made for it when Kisi answered in time. */
export interface Admission {
  visit: Visit
  /** Holds the link's secret in the clear, so the pass is shown without opening the sealed copy again. */
  freshLink: IssuedLink | null
}

/** Who checks a visit out, and how a visitor named it: picked by name or by scanning their pass. */
export interface CheckOutBy {
  by: KioskEventActor
  method?: 'name' | 'pass-scan'
}

export function newVisitId(prefix: string): string {
  return `${prefix}${randomBytes(10).toString('hex')}`
}

/**
 * The states a visit moves through and the Kisi writes each move needs. A move is committed to the
 * database together with its outbox job before Kisi is called; the job runner then does the writing.
 */
export class VisitLifecycle {
  readonly #deps: LifecycleDeps

  constructor(deps: LifecycleDeps) {
    this.#deps = deps
  }

  draft(type: VisitType, visitor: VisitorDetails, status: VisitStatus, extra: VisitChanges = {}): Visit {
    const now = this.#now()
    return {
      id: newVisitId(this.#deps.visitIdPrefix),
      visitTypeId: type.id,
      visitTypeName: type.name,
      visitor,
      status,
      holdReason: null,
      agreementVersion: null,
      agreementAcceptance: null,
      inviteCode: null,
      expectedAt: null,
      checkedInAt: null,
      checkedOutAt: null,
      autoCheckOutAt: null,
      accessState: 'none',
      accessGroupId: null,
      accessGroupName: null,
      doorNames: [],
      accessValidFrom: null,
      accessValidUntil: null,
      accessProblem: null,
      passCode: this.#newPassCode(),
      linkGeneration: 0,
      linkId: null,
      sealedLinkSecret: null,
      linkSecretHash: null,
      createdAt: now,
      updatedAt: now,
      ...extra,
    }
  }

  /**
   * Stores a visit that waits (invited, or held for reception); nothing goes to Kisi. A visitor held
   * at the kiosk is an event; reception's invitation is in the staff audit trail already.
   */
  hold(visit: Visit, status: 'expected' | 'awaiting-approval', holdReason: HoldReason | null): Visit {
    const held = { ...visit, status, holdReason, updatedAt: this.#now() }
    this.#deps.repository.transaction(() => {
      if (this.#deps.repository.find(visit.id)) this.#deps.repository.update(visit.id, { status, holdReason, updatedAt: held.updatedAt })
      else this.#deps.repository.insert(held)
      if (holdReason === 'deny-list') this.#deps.events.record('denied', 'refused', held, { by: 'visitor' })
      else if (holdReason === 'approval') this.#deps.events.record('held-for-approval', 'held', held, { by: 'visitor' })
    })
    this.#deps.changed(visit.id)
    return this.#deps.repository.require(visit.id)
  }

  /**
   * Checks the visit in: commits it with its link job, then asks Kisi once. If Kisi is slow or down
   * the visit stays `pending` and the outbox keeps trying; the caller is never kept waiting for it.
   * Reception admitting a held visit is its approval.
   */
  async admit(visit: Visit, type: VisitType, by: 'visitor' | 'reception'): Promise<Admission> {
    const checkInAt = this.#deps.clock.now()
    const autoCheckOutAt = autoCheckOutFor(type, checkInAt)
    const window = type.access ? accessWindowFor(type, checkInAt, autoCheckOutAt) : null
    const admitted: Visit = {
      ...visit,
      status: 'on-site',
      holdReason: null,
      checkedInAt: checkInAt.toISOString(),
      autoCheckOutAt: autoCheckOutAt?.toISOString() ?? null,
      accessState: type.access ? 'pending' : 'none',
      accessGroupId: type.access?.groupId ?? null,
      accessGroupName: type.access?.groupName ?? null,
      doorNames: type.access?.doorNames ?? [],
      accessValidFrom: window?.validFrom.toISOString() ?? null,
      accessValidUntil: window?.validUntil.toISOString() ?? null,
      accessProblem: null,
      linkGeneration: type.access ? visit.linkGeneration + 1 : visit.linkGeneration,
      updatedAt: checkInAt.toISOString(),
    }
    this.#deps.repository.transaction(() => {
      const stored = this.#deps.repository.find(visit.id)
      if (stored) this.#deps.repository.update(visit.id, withoutId(admitted))
      else this.#deps.repository.insert(admitted)
      if (stored?.status === 'awaiting-approval') this.#deps.events.record('approval', 'succeeded', admitted, { by: 'reception', heldFor: stored.holdReason })
      else this.#deps.events.record('check-in', 'succeeded', admitted, { by, invited: visit.inviteCode !== null })
      if (type.access) {
        this.#deps.jobs.enqueue({ visitId: visit.id, kind: 'issue', generation: admitted.linkGeneration, validUntil: admitted.accessValidUntil, at: admitted.updatedAt })
      }
    })
    this.#deps.changed(visit.id)
    this.#deps.arrived?.(this.#deps.repository.require(visit.id))
    const freshLink = type.access ? await this.#patiently(this.#deps.runner.runJobsFor(visit.id, { fresh: true, dueOnly: false })) : undefined
    return { visit: this.#deps.repository.require(visit.id), freshLink: freshLink ?? null }
  }

  /**
   * Ends the visit; every link it ever had is revoked now if Kisi answers, else by the outbox. Any
   * visit that had door access gets the sweep, whatever its state says: a revoked or failed state
   * may be stale, and a link left behind would keep opening doors.
   */
  async checkOut(visitId: string, who: CheckOutBy, status: 'left' | 'cancelled' = 'left'): Promise<Visit> {
    const visit = this.#deps.repository.require(visitId)
    if (visit.status === 'left' || visit.status === 'cancelled') return visit
    const now = this.#now()
    const hasLink = visit.accessGroupId !== null && visit.accessState !== 'none'
    this.#deps.repository.transaction(() => {
      this.#deps.jobs.dropIssues(visitId)
      if (hasLink) this.#deps.jobs.enqueue({ visitId, kind: 'revoke-all', generation: visit.linkGeneration, linkId: visit.linkId, at: now })
      this.#deps.repository.update(visitId, {
        status,
        checkedOutAt: status === 'left' ? now : null,
        accessState: hasLink ? 'revoked' : visit.accessState,
        updatedAt: now,
      })
      if (status === 'cancelled') this.#deps.events.record('cancelled', 'succeeded', visit, { by: 'reception' })
      else this.#deps.events.record('check-out', 'succeeded', visit, { by: who.by, method: who.method ?? null })
    })
    this.#deps.changed(visitId)
    if (hasLink) await this.#patiently(this.#deps.runner.runJobsFor(visitId, { fresh: false, dueOnly: false }))
    return this.#deps.repository.require(visitId)
  }

  /**
   * Issues a link with the later end, then revokes the old one. The revoke waits behind the issue
   * in the outbox, and the visit keeps its old end until the new link exists, so the visitor keeps
   * working access throughout, even if Kisi stumbles or refuses in between.
   */
  async extend(visit: Visit, validUntil: string): Promise<Visit> {
    return this.#reissue(visit, validUntil, visit.accessState === 'issued' || visit.accessState === 'expired' || this.#deps.jobs.hasIssue(visit.id))
  }

  /** A link Kisi refused before gets a new try, with the same window. */
  async retryFailed(visit: Visit): Promise<Visit> {
    return this.#reissue(visit, visit.accessValidUntil ?? this.#now(), false)
  }

  /** Runs the visit's waiting Kisi writes now instead of at the outbox's next turn. */
  async retryJobs(visitId: string): Promise<void> {
    await this.#patiently(this.#deps.runner.runJobsFor(visitId, { fresh: false, dueOnly: false }))
  }

  async #reissue(visit: Visit, validUntil: string, oldLinkMayExist: boolean): Promise<Visit> {
    const now = this.#now()
    const generation = visit.linkGeneration + 1
    this.#deps.repository.transaction(() => {
      this.#deps.jobs.dropIssues(visit.id)
      this.#deps.jobs.enqueue({ visitId: visit.id, kind: 'issue', generation, validUntil, at: now })
      if (oldLinkMayExist) this.#deps.jobs.enqueue({ visitId: visit.id, kind: 'revoke', generation: visit.linkGeneration, linkId: visit.linkId, at: now })
      this.#deps.repository.update(visit.id, {
        linkGeneration: generation,
        accessState: visit.accessState === 'issued' ? 'issued' : 'pending',
        accessProblem: null,
        updatedAt: now,
      })
    })
    this.#deps.changed(visit.id)
    await this.#patiently(this.#deps.runner.runJobsFor(visit.id, { fresh: false, dueOnly: false }))
    return this.#deps.repository.require(visit.id)
  }

  /**
   * Waits for Kisi only as long as a person should stand at the screen; the work itself goes on,
   * and the outbox finishes it if Kisi needs longer.
   */
  async #patiently<T>(work: Promise<T>): Promise<T | undefined> {
    let timer: ReturnType<typeof setTimeout> | undefined
    const patience = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), this.#deps.patienceMs ?? 6_000)
      timer.unref?.()
    })
    const result = await Promise.race([work, patience])
    clearTimeout(timer)
    return result
  }

  /** A pass code no visit of this database has: with 31⁴ codes per kiosk tag, a few tries always find one. */
  #newPassCode(): string {
    for (;;) {
      const code = newPassCode(this.#deps.kioskTag)
      if (!this.#deps.repository.findByPassCode(code)) return code
    }
  }

  #now(): string {
    return this.#deps.clock.now().toISOString()
  }
}

function withoutId(visit: Visit): VisitChanges {
  const { id, ...rest } = visit
  return rest
}
