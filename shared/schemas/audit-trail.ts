import { z } from 'zod'
import { staffRoles } from './staff-access'

export const auditOutcomes = ['succeeded', 'refused', 'failed'] as const
export type AuditOutcome = (typeof auditOutcomes)[number]

/** One line of the staff audit trail: who, when, what, and how it ended. */
export const auditEntrySchema = z.object({
  id: z.int(),
  at: z.iso.datetime(),
  /** Null for what happened before anyone signed in, e.g. the first PIN setup. */
  role: z.enum(staffRoles).nullable(),
  action: z.string(),
  outcome: z.enum(auditOutcomes),
  detail: z.string(),
})
export type AuditEntry = z.infer<typeof auditEntrySchema>

export const auditPageSchema = z.object({
  entries: z.array(auditEntrySchema),
  page: z.int(),
  pageSize: z.int(),
  total: z.int(),
})
export type AuditPage = z.infer<typeof auditPageSchema>
