import { describeChanges } from '../../services/audit/audit-changes'
import type { VisitPolicyStore } from '../../services/visits/visit-policies'
import type { CallHandlers } from '../call-dispatcher'
import { audited, type AuditContext } from './audited'

export function createPolicyHandlers(policies: VisitPolicyStore, context: AuditContext): Pick<CallHandlers, 'policies.get' | 'policies.save'> {
  return {
    'policies.get': () => policies.get(),
    'policies.save': (next) => {
      const before = policies.get()
      return audited(context, 'change visitor policies', () => policies.save(next), { detail: (saved) => describeChanges(before, saved) })
    },
  }
}
