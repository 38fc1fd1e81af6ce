import type { StaffAuditLog } from '../../services/audit/staff-audit-log'
import type { CallHandlers } from '../call-dispatcher'

export function createAuditHandlers(audit: StaffAuditLog): Pick<CallHandlers, 'audit.list'> {
  return {
    'audit.list': ({ page, problemsOnly }) => audit.page(page, problemsOnly),
  }
}
