import { endOfDay, startOfDay } from 'date-fns'
import { checkInHoursOf, isCheckInOpen } from '@shared/domain/check-in-hours'
import { matchesDenyList } from '@shared/domain/deny-list'
import { failedBecause } from '@shared/errors'
import type { ParsedRequest } from '@shared/ipc/contract'
import type { CheckInOutcome, PublicVisitType, VisitMatch } from '@shared/schemas/visit'
import type { VisitType } from '@shared/schemas/visit-policy'
import type { Clock } from '../ports'
import { secretHashOf, type AccessLinks, type IssuedLink } from './access-links'
import type { CheckOutBursts } from './check-out-bursts'
import type { InviteEmailChecks } from './invite-email-checks'
import { normalizeInviteCode } from '@shared/domain/invite-code'
import type { Visit } from './visit-model'
import type { Admission, VisitLifecycle } from './visit-lifecycle'
import type { VisitPolicyStore } from './visit-policies'
import type { VisitRepository } from './visit-repository'
import { searchByName } from './visit-search'
import { agreementRecord, parseVisitor } from './visitor-input'
import type { PassClaims } from './pass-claims'
import { outcomeOf } from './visitor-pass'
import type { VisitorThrottle } from './visitor-throttle'

export interface VisitorDeskDeps {
  policies: VisitPolicyStore
  repository: VisitRepository
  lifecycle: VisitLifecycle
  links: AccessLinks
  clock: Clock
  notifiesHosts: () => boolean
  throttle: VisitorThrottle
  inviteEmails: InviteEmailChecks
  checkOutBursts: CheckOutBursts
  claims: PassClaims
}

/** How the visitor names their invitation: the visit picked from a name search, or the code on it. */
type InviteRequest = ParsedRequest<'visits.inviteAgreement'>
export type InviteConfirmation = 'nothing' | 'email' | 'code'

/**
 * Everything a visitor can do at the kiosk without staff: check in, find an invite, check out. Any
 * script holding the page can call these, so searches, invitation look-ups and check-outs are kept
 * to a person's pace here, where what a call means (a check-out by name or by pass) is known.
 */
export class VisitorDesk {
  readonly #deps: VisitorDeskDeps

  constructor(deps: VisitorDeskDeps) {
    this.#deps = deps
  }

  visitTypes(): PublicVisitType[] {
    return this.#deps.policies.publicTypes(this.#deps.clock.now())
  }

  async checkIn(visitTypeId: string, form: Record<string, string>, agreementVersion: number | null): Promise<CheckInOutcome> {
    const { policies, lifecycle, throttle } = this.#deps
    throttle.take('checkIn')
    const type = policies.type(visitTypeId)
    this.#requireOpen(type)
    const visitor = parseVisitor(type, form)
    const draft = lifecycle.draft(type, visitor, 'awaiting-approval', agreementRecord(type, agreementVersion, 'visitor-at-kiosk'))
    if (matchesDenyList(policies.get().denyList, visitor)) return this.#outcome(lifecycle.hold(draft, 'awaiting-approval', 'deny-list'))
    if (type.requiresApproval) return this.#outcome(lifecycle.hold(draft, 'awaiting-approval', 'approval'))
    return this.#admitted(await lifecycle.admit(draft, type, 'visitor'))
  }

  findInvites(query: string): VisitMatch[] {
    this.#deps.throttle.take('nameSearch')
    return searchByName(this.#todaysInvites(), query)
  }

  inviteAgreement(reference: InviteRequest): { visitTypeName: string; agreement: { text: string; version: number } | null; confirmWith: InviteConfirmation } {
    this.#deps.throttle.take('invite')
    const invite = this.#invite(reference)
    const type = this.#deps.policies.type(invite.visitTypeId)
    return { visitTypeName: invite.visitTypeName, agreement: type.agreement, confirmWith: this.#stillToConfirm(invite, reference) }
  }

  /**
   * One tap for an expected visitor: reception approved them by inviting them. Anyone can type three
   * letters of a name, so a pick from the search that would open doors needs the invited e-mail
   * address too (a few wrong ones close that way for the invitation); the invite code alone is
   * enough. The deny list still applies.
   */
  async checkInInvite(reference: Omit<ParsedRequest<'visits.checkInInvite'>, 'agreementVersion'>, agreementVersion: number | null): Promise<CheckInOutcome> {
    this.#deps.throttle.take('invite')
    const invite = this.#invite(reference)
    const type = this.#deps.policies.type(invite.visitTypeId)
    this.#requireOpen(type)
    const confirmWith = this.#confirmation(invite, reference)
    if (confirmWith === 'code') throw failedBecause('forbidden', 'inviteNeedsCode', {}, 'An invitation picked by name without an e-mail needs its code')
    if (confirmWith === 'email') this.#deps.inviteEmails.confirm(invite, reference.email)
    const withAgreement = { ...invite, ...agreementRecord(type, agreementVersion, 'visitor-at-kiosk') }
    if (matchesDenyList(this.#deps.policies.get().denyList, invite.visitor)) {
      return this.#outcome(this.#deps.lifecycle.hold(withAgreement, 'awaiting-approval', 'deny-list'))
    }
    return this.#admitted(await this.#deps.lifecycle.admit(withAgreement, type, 'visitor'))
  }

  /**
   * Where a check-in that ended "access will be ready shortly" stands now, for the screen that holds
   * its claim: still waiting, the pass once the outbox made the link, or reception after all. The
   * same claim keeps working while the screen waits, so the answer hands it back unchanged.
   */
  async pendingPass(claim: string): Promise<CheckInOutcome> {
    const visitId = this.#deps.claims.visitOf(claim)
    const visit = visitId === undefined ? undefined : this.#deps.repository.find(visitId)
    if (!visit) throw failedBecause('not_found', 'passClaimUnknown', {}, 'No waiting check-in holds this claim')
    return outcomeOf(visit, { links: this.#deps.links, notifiesHosts: false, claimFor: () => claim })
  }

  findOnSite(query: string): VisitMatch[] {
    this.#deps.throttle.take('nameSearch')
    return searchByName(this.#deps.repository.withStatus('on-site'), query)
  }

  /**
   * By the visit picked from a name search, or by scanning the pass's QR code at the kiosk. By name
   * needs no proof, so it has the tighter budget, and a burst of them is shown to reception.
   */
  async checkOutSelf(reference: { visitId?: string | undefined; passUrl?: string | undefined }): Promise<{ visitorName: string }> {
    const { throttle, repository, lifecycle, checkOutBursts } = this.#deps
    throttle.take(reference.visitId ? 'checkOutByName' : 'passScan')
    const visit = reference.visitId ? repository.find(reference.visitId) : this.#byPass(reference.passUrl ?? '')
    if (!visit || visit.status !== 'on-site') throw failedBecause('not_found', 'visitNotFoundForCheckOut', {}, 'No visit on site matches this check-out')
    const left = await lifecycle.checkOut(visit.id, { by: 'visitor', method: reference.visitId ? 'name' : 'pass-scan' })
    if (reference.visitId) checkOutBursts.checkedOutByName(left.visitor.name)
    return { visitorName: left.visitor.name }
  }

  /**
   * What the visitor must still show. An e-mail address sent along is checked now, where it was typed,
   * rather than after the agreement: a wrong one throws (and counts, once); the right one leaves nothing
   * to show. Check-in checks it again, which counts nothing for a right one.
   */
  #stillToConfirm(invite: Visit, reference: InviteRequest): InviteConfirmation {
    const confirmWith = this.#confirmation(invite, reference)
    if (confirmWith !== 'email') return confirmWith
    if (reference.email !== undefined) {
      this.#deps.inviteEmails.confirm(invite, reference.email)
      return 'nothing'
    }
    // After too many wrong addresses, only the code will do; the visitor is asked for it at once.
    return this.#deps.inviteEmails.isClosed(invite.id) ? 'code' : 'email'
  }

  #confirmation(invite: Visit, reference: InviteRequest): InviteConfirmation {
    if (reference.inviteCode || !this.#deps.policies.type(invite.visitTypeId).access) return 'nothing'
    return invite.visitor.email ? 'email' : 'code'
  }

  #byPass(scanned: string): Visit | undefined {
    const secret = this.#deps.links.secretFromPassUrl(scanned)
    return secret ? this.#deps.repository.findBySecretHash(secretHashOf(secret)) : undefined
  }

  #admitted({ visit, freshLink }: Admission): Promise<CheckInOutcome> {
    return this.#outcome(visit, freshLink)
  }

  #outcome(visit: Visit, freshLink: IssuedLink | null = null): Promise<CheckInOutcome> {
    const context = { links: this.#deps.links, notifiesHosts: this.#deps.notifiesHosts(), claimFor: (visitId: string) => this.#deps.claims.issue(visitId) }
    return outcomeOf(visit, context, freshLink)
  }

  #requireOpen(type: VisitType): void {
    if (isCheckInOpen(type, this.#deps.clock.now())) return
    const { days, from, until } = checkInHoursOf(type)
    throw failedBecause('not_available', 'checkInClosed', { visitType: type.name, days: days.join(','), from, until }, `${type.name} check-in is closed now`)
  }

  #todaysInvites(): Visit[] {
    const now = this.#deps.clock.now()
    return this.#deps.repository
      .forDay(startOfDay(now).toISOString(), endOfDay(now).toISOString())
      .filter((visit) => visit.status === 'expected')
  }

  #invite(reference: InviteRequest): Visit {
    const code = reference.inviteCode ? normalizeInviteCode(reference.inviteCode) : undefined
    const visit = reference.visitId ? this.#deps.repository.find(reference.visitId) : code ? this.#deps.repository.findByInviteCode(code) : undefined
    if (!visit || visit.status !== 'expected') throw failedBecause('not_found', 'inviteNotFound', {}, 'No expected visit matches this invitation')
    if (!this.#todaysInvites().some((invite) => invite.id === visit.id)) {
      throw failedBecause('not_available', 'inviteOtherDay', {}, `Invitation ${visit.id} is for another day`)
    }
    return visit
  }
}
