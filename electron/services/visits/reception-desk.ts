import { addHours, endOfDay, format, isSameDay, startOfDay } from 'date-fns'
import { AppError } from '@shared/errors'
import type { StaffVisit, VisitorPass } from '@shared/schemas/visit'
import type { Clock } from '../ports'
import type { AccessLinks } from './access-links'
import { newInviteCode } from './invite-code-generator'
import { toStaffVisit, type Visit } from './visit-model'
import type { VisitLifecycle } from './visit-lifecycle'
import type { VisitPolicyStore } from './visit-policies'
import type { VisitRepository } from './visit-repository'
import { parseVisitor } from './visitor-input'
import { passOf } from './visitor-pass'

export interface ReceptionDeskDeps {
  policies: VisitPolicyStore
  repository: VisitRepository
  lifecycle: VisitLifecycle
  links: AccessLinks
  clock: Clock
  otherKioskVisits: () => StaffVisit[]
}

/** What reception does with today's visits. Staff act on the visitor's behalf, so hours do not apply. */
export class ReceptionDesk {
  readonly #deps: ReceptionDeskDeps

  constructor(deps: ReceptionDeskDeps) {
    this.#deps = deps
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

  async walkIn(visitTypeId: string, form: Record<string, string>): Promise<StaffVisit> {
    const type = this.#deps.policies.type(visitTypeId)
    const draft = this.#deps.lifecycle.draft(type, parseVisitor(type, form), 'awaiting-approval')
    return this.#view((await this.#deps.lifecycle.admit(draft, type)).visit)
  }

  /** Lets a held visitor in (approval, or a deny-list match reception has cleared). */
  async approve(visitId: string): Promise<StaffVisit> {
    const visit = this.#expect(visitId, ['awaiting-approval'], 'This visit is not waiting for approval.')
    return this.#view((await this.#deps.lifecycle.admit(visit, this.#deps.policies.type(visit.visitTypeId))).visit)
  }

  async checkInOnBehalf(visitId: string): Promise<StaffVisit> {
    const visit = this.#expect(visitId, ['expected', 'awaiting-approval'], 'This visitor is already checked in or has left.')
    return this.#view((await this.#deps.lifecycle.admit(visit, this.#deps.policies.type(visit.visitTypeId))).visit)
  }

  async checkOut(visitId: string): Promise<StaffVisit> {
    this.#expect(visitId, ['on-site'], 'This visitor is not on site.')
    return this.#view(await this.#deps.lifecycle.checkOut(visitId))
  }

  async cancel(visitId: string): Promise<StaffVisit> {
    this.#expect(visitId, ['expected', 'awaiting-approval'], 'Only an expected or waiting visit can be cancelled.')
    return this.#view(await this.#deps.lifecycle.checkOut(visitId, 'cancelled'))
  }

  async pass(visitId: string): Promise<VisitorPass> {
    const pass = await passOf(this.#deps.repository.require(visitId), this.#deps.links)
    if (!pass) throw new AppError('not_available', 'This visit has no access link right now.')
    return pass
  }

  /** A new link with the later end, then the old one revoked: the visitor is never without access. */
  async extend(visitId: string, validUntil: string): Promise<StaffVisit> {
    const visit = this.#expect(visitId, ['on-site'], 'Only a visitor on site can be extended.')
    if (visit.accessGroupId === null) throw new AppError('not_available', 'This visit has no door access to extend.')
    const now = this.#deps.clock.now()
    if (Date.parse(validUntil) <= now.getTime()) {
      throw new AppError('invalid_request', 'Choose an end time in the future.', { fields: { validUntil: ['Choose a later time'] } })
    }
    // The manager's maximum holds for extensions too: no link lives longer than it from the moment it is made.
    // Without its type there is no maximum to hold to, so no extension either.
    const type = this.#deps.policies.get().visitTypes.find((candidate) => candidate.id === visit.visitTypeId)
    if (!type) throw new AppError('not_available', 'This visit’s type no longer exists, so its access cannot be extended. Check the visitor in again with a current type.')
    const latest = addHours(now, type.maxAccessHours)
    if (Date.parse(validUntil) > latest.getTime()) {
      const when = format(latest, isSameDay(latest, now) ? 'HH:mm' : 'EEE d MMM HH:mm')
      throw new AppError('invalid_request', `${type.name} access may last at most ${type.maxAccessHours} hours from now, until ${when}.`, {
        fields: { validUntil: [`Choose ${when} or earlier`] },
      })
    }
    return this.#view(await this.#deps.lifecycle.extend(visit, new Date(validUntil).toISOString()))
  }

  /** Tries a pending or failed link again now, instead of at the outbox's next turn. */
  async retryAccess(visitId: string): Promise<StaffVisit> {
    const visit = this.#expect(visitId, ['on-site'], 'Only a visitor on site can get access.')
    if (visit.accessState === 'failed') return this.#view(await this.#deps.lifecycle.retryFailed(visit))
    await this.#deps.lifecycle.retryJobs(visitId)
    return this.#view(this.#deps.repository.require(visitId))
  }

  #expect(visitId: string, statuses: Visit['status'][], message: string): Visit {
    const visit = this.#deps.repository.require(visitId)
    if (!statuses.includes(visit.status)) throw new AppError('conflict', message)
    return visit
  }

  #view(visit: Visit): StaffVisit {
    const staffVisit = toStaffVisit(visit)
    const expired = staffVisit.access.state === 'issued' && staffVisit.access.validUntil !== null && Date.parse(staffVisit.access.validUntil) <= this.#deps.clock.now().getTime()
    return expired ? { ...staffVisit, access: { ...staffVisit.access, state: 'expired' } } : staffVisit
  }
}
