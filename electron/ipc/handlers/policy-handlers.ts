import type { StaffAuditLog } from '../../services/audit/staff-audit-log'
import type { VisitPolicyStore } from '../../services/visits/visit-policies'
import type { CallHandlers } from '../call-dispatcher'

export function createPolicyHandlers(policies: VisitPolicyStore, audit: StaffAuditLog): Pick<CallHandlers, 'policies.get' | 'policies.save'> {
  return {
    'policies.get': () => policies.get(),
    'policies.save': (next) => {
      const saved = policies.save(next)
      audit.record({ role: 'manager', action: 'change visitor policies', outcome: 'succeeded', detail: `${saved.visitTypes.length} visit types` })
      return saved
    },
  }
}
