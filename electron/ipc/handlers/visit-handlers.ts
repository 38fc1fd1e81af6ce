import type { StaffVisit } from '@shared/schemas/visit'
import type { CheckOutBursts } from '../../services/visits/check-out-bursts'
import type { ReceptionDesk } from '../../services/visits/reception-desk'
import type { VisitorDesk } from '../../services/visits/visitor-desk'
import type { CallHandlers } from '../call-dispatcher'
import { audited, type AuditContext } from './audited'

export interface VisitHandlerDeps extends AuditContext {
  visitorDesk: VisitorDesk
  receptionDesk: ReceptionDesk
  checkOutBursts: CheckOutBursts
}

type VisitCallName = Exclude<Extract<keyof CallHandlers, `visits.${string}` | `visitTypes.${string}`>, 'visits.erase'>

const visitorOf = { detail: (visit: StaffVisit) => visit.visitor.name }
/** A new visit's rows carry its id, so erasing its visitor's data finds them. */
const newVisitorOf = { ...visitorOf, visitId: (visit: StaffVisit) => visit.id }

export function createVisitHandlers(deps: VisitHandlerDeps): Pick<CallHandlers, VisitCallName> {
  const { visitorDesk, receptionDesk, checkOutBursts } = deps
  const about = (visitId: string) => ({ ...visitorOf, visitId })
  // Named before the work, so a failed action is as readable in the trail as a done one.
  const visitNamed = (visitId: string): string => {
    const label = receptionDesk.visitorLabel(visitId)
    return label ? `${label}, visit ${visitId}` : `visit ${visitId}`
  }
  return {
    'visitTypes.list': () => visitorDesk.visitTypes(),
    'visits.checkIn': ({ visitTypeId, visitor, agreementVersion }) => visitorDesk.checkIn(visitTypeId, visitor, agreementVersion),
    'visits.findInvites': ({ query }) => visitorDesk.findInvites(query),
    'visits.inviteAgreement': (reference) => visitorDesk.inviteAgreement(reference),
    'visits.checkInInvite': ({ agreementVersion, ...reference }) => visitorDesk.checkInInvite(reference, agreementVersion),
    'visits.pendingPass': ({ claim }) => visitorDesk.pendingPass(claim),
    'visits.findOnSite': ({ query }) => visitorDesk.findOnSite(query),
    'visits.checkOutSelf': (reference) => visitorDesk.checkOutSelf(reference),

    'visits.today': () => receptionDesk.today(),
    'visits.preRegister': ({ visitTypeId, visitor, expectedAt }) =>
      audited(deps, `pre-register ${visitor['name'] ?? 'a visitor'}`, () => receptionDesk.preRegister(visitTypeId, visitor, expectedAt), newVisitorOf),
    'visits.walkIn': ({ visitTypeId, visitor, agreementVersion }) =>
      audited(deps, `check in walk-in ${visitor['name'] ?? 'a visitor'}`, () => receptionDesk.walkIn(visitTypeId, visitor, agreementVersion), {
        visitId: (visit) => visit.id,
        detail: (visit) => (visit.agreementVersion === null ? visit.visitor.name : `${visit.visitor.name}; agreement version ${visit.agreementVersion} confirmed by reception`),
      }),
    'visits.approve': ({ visitId }) => audited(deps, `approve ${visitNamed(visitId)}`, () => receptionDesk.approve(visitId), about(visitId)),
    'visits.checkInOnBehalf': ({ visitId }) => audited(deps, `check in ${visitNamed(visitId)}`, () => receptionDesk.checkInOnBehalf(visitId), about(visitId)),
    'visits.checkOut': ({ visitId }) => audited(deps, `check out ${visitNamed(visitId)}`, () => receptionDesk.checkOut(visitId), about(visitId)),
    'visits.cancel': ({ visitId }) => audited(deps, `cancel ${visitNamed(visitId)}`, () => receptionDesk.cancel(visitId), about(visitId)),
    'visits.pass': ({ visitId }) => audited(deps, `show the pass of ${visitNamed(visitId)}`, () => receptionDesk.pass(visitId), { detail: (pass) => pass.visitorName, visitId }),
    'visits.extend': ({ visitId, validUntil }) => audited(deps, `extend the visit of ${visitNamed(visitId)} to ${validUntil}`, () => receptionDesk.extend(visitId, validUntil), about(visitId)),
    'visits.retryAccess': ({ visitId }) => audited(deps, `retry access for ${visitNamed(visitId)}`, () => receptionDesk.retryAccess(visitId), about(visitId)),
    'visits.checkOutBursts': () => checkOutBursts.standing(),
    'visits.dismissCheckOutBursts': () =>
      audited(deps, 'dismiss the notice of check-outs by name in a burst', () => {
        checkOutBursts.dismiss()
        return null
      }),
  }
}
