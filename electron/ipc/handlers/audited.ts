import type { StaffRole } from '@shared/schemas/staff-access'
import type { AuditOutcome, StaffAuditLog } from '../../services/audit/staff-audit-log'
import { toAppError } from '../../services/kisi/kisi-error'
import type { AuditNames } from './audit-names'

export interface AuditContext {
  audit: StaffAuditLog
  /** Who is signed in when the action starts; null for a public call. */
  staffRole: () => StaffRole | null
  /** Kisi's names for the ids an action is about, as the console last read them. */
  names: AuditNames
}

export interface AuditOptions<T> {
  /** What to add about the result, e.g. the visitor's name or the steps done. */
  detail?: (result: T) => string
  /** A result can report a partial failure (a multi-step change that stopped). */
  outcome?: (result: T) => AuditOutcome
  /** The visit the action is about: known before (an id in the request) or only from the result (a new visit). */
  visitId?: string | ((result: T) => string)
}

/**
 * Runs a staff action and writes it to the audit trail with its outcome: who, what, and how it
 * ended. Failures are recorded with their code and words, then thrown as the contract's errors.
 */
export async function audited<T>(context: AuditContext, action: string, work: () => Promise<T> | T, options: AuditOptions<T> = {}): Promise<T> {
  const role = context.staffRole()
  try {
    const result = await work()
    const visitId = typeof options.visitId === 'function' ? options.visitId(result) : options.visitId
    context.audit.record({ role, action, outcome: options.outcome?.(result) ?? 'succeeded', detail: options.detail?.(result) ?? '', visitId })
    return result
  } catch (error) {
    const mapped = toAppError(error)
    context.audit.record({
      role,
      action,
      outcome: mapped.code === 'forbidden' || mapped.code === 'invalid_request' ? 'refused' : 'failed',
      detail: `${mapped.code}: ${mapped.message}`,
      visitId: typeof options.visitId === 'string' ? options.visitId : null,
    })
    throw mapped
  }
}

/** A multi-step change that stopped after a failed step is a failure in the trail, with its steps. */
export const stepsAudit = {
  detail: (result: { steps: { step: string; outcome: string }[] }) => result.steps.map((step) => `${step.outcome}: ${step.step}`).join('; '),
  outcome: (result: { steps: { outcome: string }[] }): AuditOutcome => (result.steps.some((step) => step.outcome === 'failed') ? 'failed' : 'succeeded'),
}
