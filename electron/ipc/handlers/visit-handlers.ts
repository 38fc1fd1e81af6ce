import type { StaffRole } from '@shared/schemas/staff'
import type { StaffAuditLog } from '../../services/audit/staff-audit-log'
import { toAppError } from '../../services/kisi/kisi-connection'
import type { ReceptionDesk } from '../../services/visits/reception-desk'
import type { VisitorDesk } from '../../services/visits/visitor-desk'
import type { CallHandlers } from '../call-dispatcher'

export interface VisitHandlerDeps {
  visitorDesk: VisitorDesk
  receptionDesk: ReceptionDesk
  audit: StaffAuditLog
  staffRole: () => StaffRole | null
}

type VisitCallName = Extract<keyof CallHandlers, `visits.${string}` | `visitTypes.${string}`>

/** Runs a staff action, writes it to the audit trail with its outcome, and words Kisi's errors. */
function audited<T>(deps: VisitHandlerDeps, action: string, work: () => Promise<T> | T): Promise<T> {
  const role = deps.staffRole()
  return Promise.resolve()
    .then(work)
    .then(
      (result) => {
        deps.audit.record({ role, action, outcome: 'succeeded' })
        return result
      },
      (error: unknown) => {
        const mapped = toAppError(error)
        deps.audit.record({ role, action, outcome: 'failed', detail: mapped.code })
        throw mapped
      },
    )
}

export function createVisitHandlers(deps: VisitHandlerDeps): Pick<CallHandlers, VisitCallName> {
  const { visitorDesk, receptionDesk } = deps
  return {
    'visitTypes.list': () => visitorDesk.visitTypes(),
    'visits.checkIn': ({ visitTypeId, visitor, agreementVersion }) => visitorDesk.checkIn(visitTypeId, visitor, agreementVersion),
    'visits.findInvites': ({ query }) => visitorDesk.findInvites(query),
    'visits.inviteAgreement': (reference) => visitorDesk.inviteAgreement(reference),
    'visits.checkInInvite': ({ agreementVersion, ...reference }) => visitorDesk.checkInInvite(reference, agreementVersion),
    'visits.findOnSite': ({ query }) => visitorDesk.findOnSite(query),
    'visits.checkOutSelf': (reference) => visitorDesk.checkOutSelf(reference),

    'visits.today': () => receptionDesk.today(),
    'visits.preRegister': ({ visitTypeId, visitor, expectedAt }) =>
      audited(deps, `pre-register ${visitor['name'] ?? 'visitor'}`, () => receptionDesk.preRegister(visitTypeId, visitor, expectedAt)),
    'visits.walkIn': ({ visitTypeId, visitor }) => audited(deps, `check in walk-in ${visitor['name'] ?? 'visitor'}`, () => receptionDesk.walkIn(visitTypeId, visitor)),
    'visits.approve': ({ visitId }) => audited(deps, `approve visit ${visitId}`, () => receptionDesk.approve(visitId)),
    'visits.checkInOnBehalf': ({ visitId }) => audited(deps, `check in visit ${visitId}`, () => receptionDesk.checkInOnBehalf(visitId)),
    'visits.checkOut': ({ visitId }) => audited(deps, `check out visit ${visitId}`, () => receptionDesk.checkOut(visitId)),
    'visits.cancel': ({ visitId }) => audited(deps, `cancel visit ${visitId}`, () => receptionDesk.cancel(visitId)),
    'visits.pass': ({ visitId }) => audited(deps, `show pass of visit ${visitId}`, () => receptionDesk.pass(visitId)),
    'visits.extend': ({ visitId, validUntil }) => audited(deps, `extend visit ${visitId} to ${validUntil}`, () => receptionDesk.extend(visitId, validUntil)),
    'visits.retryAccess': ({ visitId }) => audited(deps, `retry access for visit ${visitId}`, () => receptionDesk.retryAccess(visitId)),
  }
}
