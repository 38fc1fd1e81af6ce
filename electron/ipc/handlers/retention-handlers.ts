import type { VisitorRetention } from '../../services/retention/visitor-retention'
import type { CallHandlers } from '../call-dispatcher'
import { audited, type AuditContext } from './audited'

export function createRetentionHandlers(retention: VisitorRetention, context: AuditContext): Pick<CallHandlers, 'visits.erase'> {
  return {
    // The trail names the visit by its id only: the request is to forget the name.
    'visits.erase': ({ visitId }) => audited(context, `erase the visitor’s personal data of visit ${visitId} on request`, () => (retention.eraseNow(visitId), null), { visitId }),
  }
}
