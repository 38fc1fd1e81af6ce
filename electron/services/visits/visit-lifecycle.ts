import { randomBytes } from 'node:crypto'
import { accessWindowFor, autoCheckOutFor } from '@shared/domain/access-window'
import type { VisitorDetails } from '@shared/domain/visitor-form'
import type { VisitType } from '@shared/schemas/visit-policy'
import type { HoldReason, VisitStatus } from '@shared/schemas/visit'
import type { Clock } from '../ports'
import type { LinkJobRunner } from './link-job-runner'
import type { LinkJobs } from './link-jobs'
import type { VisitRepository } from './visit-repository'
import type { VisitRow } from './visit-row'

export interface LifecycleDeps {
  repository: VisitRepository
  jobs: LinkJobs
  runner: LinkJobRunner
  clock: Clock
  /** Tells staff screens a visit changed. */
  changed: (visitId: string) => void
  /** How long a person at the screen waits for Kisi before the outbox takes over. */
  patienceMs?: number
  /** A visitor is now on site (checked in, approved or walked in): their host may be told. */
  arrived?: (row: VisitRow) => void
}

export function newVisitId(): string {
  return randomBytes(10).toString('hex')
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

  draft(type: VisitType, visitor: VisitorDetails, status: VisitStatus, extra: Partial<VisitRow> = {}): VisitRow {
    const now = this.#now()
    return {
      id: newVisitId(),
      visit_type_id: type.id,
      visit_type_name: type.name,
      visitor_name: visitor.name,
      visitor_details: JSON.stringify(visitor),
      status,
      hold_reason: null,
      agreement_version: null,
      invite_code: null,
      expected_at: null,
      checked_in_at: null,
      checked_out_at: null,
      auto_check_out_at: null,
      access_state: 'none',
      access_group_id: null,
      access_group_name: null,
      access_door_names: '[]',
      access_valid_from: null,
      access_valid_until: null,
      access_problem: null,
      link_generation: 0,
      link_id: null,
      link_secret_sealed: null,
      link_secret_hash: null,
      created_at: now,
      updated_at: now,
      ...extra,
    }
  }

  /** Stores a visit that waits (invited, or held for reception); nothing goes to Kisi. */
  hold(row: VisitRow, status: 'expected' | 'awaiting-approval', holdReason: HoldReason | null): VisitRow {
    const held = { ...row, status, hold_reason: holdReason, updated_at: this.#now() }
    if (this.#deps.repository.find(row.id)) this.#deps.repository.update(row.id, { status, hold_reason: holdReason, updated_at: held.updated_at })
    else this.#deps.repository.insert(held)
    this.#deps.changed(row.id)
    return this.#deps.repository.require(row.id)
  }

  /**
   * Checks the visit in: commits it with its link job, then asks Kisi once. If Kisi is slow or down
   * the visit stays `pending` and the outbox keeps trying; the caller is never kept waiting for it.
   */
  async admit(row: VisitRow, type: VisitType): Promise<VisitRow> {
    const checkInAt = this.#deps.clock.now()
    const window = type.access ? accessWindowFor(type, checkInAt) : null
    const admitted: VisitRow = {
      ...row,
      status: 'on-site',
      hold_reason: null,
      checked_in_at: checkInAt.toISOString(),
      auto_check_out_at: autoCheckOutFor(type, checkInAt)?.toISOString() ?? null,
      access_state: type.access ? 'pending' : 'none',
      access_group_id: type.access?.groupId ?? null,
      access_group_name: type.access?.groupName ?? null,
      access_door_names: JSON.stringify(type.access?.doorNames ?? []),
      access_valid_from: window?.validFrom.toISOString() ?? null,
      access_valid_until: window?.validUntil.toISOString() ?? null,
      access_problem: null,
      link_generation: type.access ? row.link_generation + 1 : row.link_generation,
      updated_at: checkInAt.toISOString(),
    }
    this.#deps.repository.transaction(() => {
      if (this.#deps.repository.find(row.id)) this.#deps.repository.update(row.id, withoutId(admitted))
      else this.#deps.repository.insert(admitted)
      if (type.access) {
        this.#deps.jobs.enqueue({ visitId: row.id, kind: 'issue', generation: admitted.link_generation, validUntil: admitted.access_valid_until, at: admitted.updated_at })
      }
    })
    this.#deps.changed(row.id)
    this.#deps.arrived?.(this.#deps.repository.require(row.id))
    if (type.access) await this.#patiently(this.#deps.runner.runJobsFor(row.id, { fresh: true, dueOnly: false }))
    return this.#deps.repository.require(row.id)
  }

  /**
   * Ends the visit; every link it ever had is revoked now if Kisi answers, else by the outbox. Any
   * visit that had door access gets the sweep, whatever its state says: a revoked or failed state
   * may be stale, and a link left behind would keep opening doors.
   */
  async checkOut(visitId: string, status: 'left' | 'cancelled' = 'left'): Promise<VisitRow> {
    const row = this.#deps.repository.require(visitId)
    if (row.status === 'left' || row.status === 'cancelled') return row
    const now = this.#now()
    const hasLink = row.access_group_id !== null && row.access_state !== 'none'
    this.#deps.repository.transaction(() => {
      this.#deps.jobs.dropIssues(visitId)
      if (hasLink) this.#deps.jobs.enqueue({ visitId, kind: 'revoke-all', generation: row.link_generation, linkId: row.link_id, at: now })
      this.#deps.repository.update(visitId, {
        status,
        checked_out_at: status === 'left' ? now : null,
        access_state: hasLink ? 'revoked' : row.access_state,
        updated_at: now,
      })
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
  async extend(row: VisitRow, validUntil: string): Promise<VisitRow> {
    return this.#reissue(row, validUntil, row.access_state === 'issued' || row.access_state === 'expired' || this.#deps.jobs.hasIssue(row.id))
  }

  /** A link Kisi refused before gets a new try, with the same window. */
  async retryFailed(row: VisitRow): Promise<VisitRow> {
    return this.#reissue(row, row.access_valid_until ?? this.#now(), false)
  }

  /** Runs the visit's waiting Kisi writes now instead of at the outbox's next turn. */
  async retryJobs(visitId: string): Promise<void> {
    await this.#patiently(this.#deps.runner.runJobsFor(visitId, { fresh: false, dueOnly: false }))
  }

  async #reissue(row: VisitRow, validUntil: string, oldLinkMayExist: boolean): Promise<VisitRow> {
    const now = this.#now()
    const generation = row.link_generation + 1
    this.#deps.repository.transaction(() => {
      this.#deps.jobs.dropIssues(row.id)
      this.#deps.jobs.enqueue({ visitId: row.id, kind: 'issue', generation, validUntil, at: now })
      if (oldLinkMayExist) this.#deps.jobs.enqueue({ visitId: row.id, kind: 'revoke', generation: row.link_generation, linkId: row.link_id, at: now })
      this.#deps.repository.update(row.id, {
        link_generation: generation,
        access_state: row.access_state === 'issued' ? 'issued' : 'pending',
        access_problem: null,
        updated_at: now,
      })
    })
    this.#deps.changed(row.id)
    await this.#patiently(this.#deps.runner.runJobsFor(row.id, { fresh: false, dueOnly: false }))
    return this.#deps.repository.require(row.id)
  }

  /**
   * Waits for Kisi only as long as a person should stand at the screen; the work itself goes on,
   * and the outbox finishes it if Kisi needs longer.
   */
  async #patiently(work: Promise<unknown>): Promise<void> {
    let timer: ReturnType<typeof setTimeout> | undefined
    const patience = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, this.#deps.patienceMs ?? 6_000)
      timer.unref?.()
    })
    await Promise.race([work, patience])
    clearTimeout(timer)
  }

  #now(): string {
    return this.#deps.clock.now().toISOString()
  }
}

function withoutId(row: VisitRow): Omit<VisitRow, 'id'> {
  const { id, ...rest } = row
  return rest
}
