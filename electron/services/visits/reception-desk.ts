import { addHours, endOfDay, startOfDay } from 'date-fns'
import { failedBecause } from '@shared/errors'
import type { ErrorReason } from '@shared/error-reasons'
import { fieldMessage } from '@shared/field-messages'
import type { StaffVisit, VisitorPass } from '@shared/schemas/visit'
import type { Clock } from '../ports'
import type { AccessLinks } from './access-links'
import { requireAccessMade } from './access-retry-outcome'
import { newInviteCode } from './invite-code-generator'
import type { LinkJobs } from './link-jobs'
import { toStaffVisit, type Visit } from './visit-model'
import type { VisitLifecycle } from './visit-lifecycle'
import type { VisitPolicyStore } from './visit-policies'
import type { VisitRepository } from './visit-repository'
import { agreementRecord, parseVisitor } from './visitor-input'
import { passOf } from './visitor-pass'

export interface ReceptionDeskDeps {
  policies: VisitPolicyStore
  repository: VisitRepository
  lifecycle: VisitLifecycle
  links: AccessLinks
  clock: Clock
  jobs: Pick<LinkJobs, 'waitingIssue'>
  /** Whether the kiosk has a Kisi key Kisi accepts. */
  kisiConnected: () => boolean
  otherKioskVisits: () => StaffVisit[]
}

/** What reception does with today's visits. Staff act on the visitor's behalf, so hours do not apply. */
export class ReceptionDesk {
  readonly #deps: ReceptionDeskDeps

  constructor(deps: ReceptionDeskDeps) {
    this.#deps = deps
  }

  /** "Ada Lovelace (Guest)" for the audit trail, or null for an id the kiosk does not know. */
  visitorLabel(visitId: string): string | null {
    const visit = this.#deps.repository.find(visitId)
    return visit ? `${visit.visitor.name} (${visit.visitTypeName})` : null
  }

  today(): StaffVisit[] {
    const now = this.#deps.clock.now()
    const own = this.#deps.repository.forDay(startOfDay(now).toISOString(), endOfDay(now).toISOString()).map((visit) => this.#view(visit))
    return [...own, ...this.#deps.otherKioskVisits()]
  }

  preRegister(visitTypeId: string, form: Record<string, string>, expectedAt: string): StaffVisit {
    const type = this.#deps.policies.type(visitTypeId)
    const draft = this.#deps.lifecycle.draft(type, parseVisitor(type, form), 'expected', {
      expectedAt: new Date(expectedAt).toISOString(),
      inviteCode: newInviteCode(),
    })
    return this.#view(this.#deps.lifecycle.hold(draft, 'expected', null))
  }

  /**
   * Reception checks a visitor in at the desk. A type with an agreement needs reception to confirm
   * that the visitor accepted its current version; the visit records that reception confirmed it.
   */
  async walkIn(visitTypeId: string, form: Record<string, string>, agreementVersion: number | null): Promise<StaffVisit> {
    const type = this.#deps.policies.type(visitTypeId)
    const visitor = parseVisitor(type, form)
    const draft = this.#deps.lifecycle.draft(type, visitor, 'awaiting-approval', agreementRecord(type, agreementVersion, 'confirmed-by-reception'))
    return this.#view((await this.#deps.lifecycle.admit(draft, type, 'reception')).visit)
  }

  /** Lets a held visitor in (approval, or a deny-list match reception has cleared). */
  async approve(visitId: string): Promise<StaffVisit> {
    const visit = this.#expect(visitId, ['awaiting-approval'], 'visitNotAwaitingApproval')
    return this.#view((await this.#deps.lifecycle.admit(visit, this.#deps.policies.type(visit.visitTypeId), 'reception')).visit)
  }

  async checkInOnBehalf(visitId: string): Promise<StaffVisit> {
    const visit = this.#expect(visitId, ['expected', 'awaiting-approval'], 'visitAlreadyIn')
    return this.#view((await this.#deps.lifecycle.admit(visit, this.#deps.policies.type(visit.visitTypeId), 'reception')).visit)
  }

  async checkOut(visitId: string): Promise<StaffVisit> {
    this.#expect(visitId, ['on-site'], 'visitNotOnSite')
    return this.#view(await this.#deps.lifecycle.checkOut(visitId, { by: 'reception' }))
  }

  async cancel(visitId: string): Promise<StaffVisit> {
    this.#expect(visitId, ['expected', 'awaiting-approval'], 'visitNotCancellable')
    return this.#view(await this.#deps.lifecycle.checkOut(visitId, { by: 'reception' }, 'cancelled'))
  }

  async pass(visitId: string): Promise<VisitorPass> {
    const pass = await passOf(this.#deps.repository.require(visitId), this.#deps.links)
    if (!pass) throw failedBecause('not_available', 'visitHasNoPass', {}, `Visit ${visitId} has no access link now`)
    return pass
  }

  /** A new link with the later end, then the old one revoked: the visitor is never without access. */
  async extend(visitId: string, validUntil: string): Promise<StaffVisit> {
    const visit = this.#expect(visitId, ['on-site'], 'visitNotOnSite')
    if (visit.accessGroupId === null) throw failedBecause('not_available', 'visitHasNoDoors', {}, `Visit ${visitId} has no door access to extend`)
    const now = this.#deps.clock.now()
    if (Date.parse(validUntil) <= now.getTime()) {
      throw failedBecause('invalid_request', 'extendInPast', {}, 'An extension must end in the future', { fields: { validUntil: [fieldMessage.chooseLaterTime] } })
    }
    // The manager's maximum holds for extensions too: no link lives longer than it from the moment it is made.
    // Without its type there is no maximum to hold to, so no extension either.
    const type = this.#deps.policies.get().visitTypes.find((candidate) => candidate.id === visit.visitTypeId)
    if (!type) throw failedBecause('not_available', 'extendTypeGone', {}, `Visit ${visitId} has no visit type any more, so no maximum to extend within`)
    const latest = addHours(now, type.maxAccessHours)
    if (Date.parse(validUntil) > latest.getTime()) {
      throw failedBecause(
        'invalid_request',
        'extendBeyondMaximum',
        { visitType: type.name, maxHours: type.maxAccessHours, latest: latest.toISOString() },
        `${type.name} access may last at most ${type.maxAccessHours} hours from now`,
        { fields: { validUntil: [fieldMessage.chooseEarlierTime] } },
      )
    }
    return this.#view(await this.#deps.lifecycle.extend(visit, new Date(validUntil).toISOString()))
  }

  /**
   * Tries a pending or failed link again now, instead of at the outbox's next turn. Throws, in words
   * for reception, unless the link now exists (see `requireAccessMade`).
   */
  async retryAccess(visitId: string): Promise<StaffVisit> {
    const visit = this.#expect(visitId, ['on-site'], 'visitNotOnSite')
    if (visit.accessState === 'failed') await this.#deps.lifecycle.retryFailed(visit)
    else await this.#deps.lifecycle.retryJobs(visitId)
    const after = this.#deps.repository.require(visitId)
    requireAccessMade({ visit: after, waitingIssue: this.#deps.jobs.waitingIssue(visitId), kisiConnected: this.#deps.kisiConnected(), now: this.#deps.clock.now() })
    return this.#view(after)
  }

  #expect(visitId: string, statuses: Visit['status'][], reason: ErrorReason & `visit${string}`): Visit {
    const visit = this.#deps.repository.require(visitId)
    if (!statuses.includes(visit.status)) throw failedBecause('conflict', reason, {}, `Visit ${visitId} is ${visit.status}, not ${statuses.join(' or ')}`)
    return visit
  }

  #view(visit: Visit): StaffVisit {
    const staffVisit = toStaffVisit(visit)
    const expired = staffVisit.access.state === 'issued' && staffVisit.access.validUntil !== null && Date.parse(staffVisit.access.validUntil) <= this.#deps.clock.now().getTime()
    return expired ? { ...staffVisit, access: { ...staffVisit.access, state: 'expired' } } : staffVisit
  }
}
