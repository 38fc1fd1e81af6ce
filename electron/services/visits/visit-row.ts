import { z } from 'zod'
import { visitorDetailsSchema } from '@shared/domain/visitor-form'
import { accessStates, holdReasons, visitStatuses, type StaffVisit } from '@shared/schemas/visit'

/** A row of the `visits` table, checked on the way out like any stored input. */
export const visitRowSchema = z.object({
  id: z.string(),
  visit_type_id: z.string(),
  visit_type_name: z.string(),
  visitor_name: z.string(),
  visitor_details: z.string(),
  status: z.enum(visitStatuses),
  hold_reason: z.enum(holdReasons).nullable(),
  agreement_version: z.int().nullable(),
  invite_code: z.string().nullable(),
  expected_at: z.string().nullable(),
  checked_in_at: z.string().nullable(),
  checked_out_at: z.string().nullable(),
  auto_check_out_at: z.string().nullable(),
  access_state: z.enum(accessStates),
  access_group_id: z.int().nullable(),
  access_group_name: z.string().nullable(),
  access_door_names: z.string(),
  access_valid_from: z.string().nullable(),
  access_valid_until: z.string().nullable(),
  access_problem: z.string().nullable(),
  link_generation: z.int(),
  link_id: z.int().nullable(),
  link_secret_sealed: z.string().nullable(),
  link_secret_hash: z.string().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
})
export type VisitRow = z.infer<typeof visitRowSchema>

export const visitColumns = Object.keys(visitRowSchema.shape) as (keyof VisitRow)[]

export function doorNamesOf(row: VisitRow): string[] {
  return z.array(z.string()).parse(JSON.parse(row.access_door_names))
}

/** The staff console's view of a visit: everything but the link secret. */
export function toStaffVisit(row: VisitRow): StaffVisit {
  return {
    id: row.id,
    origin: 'this-kiosk',
    visitTypeId: row.visit_type_id,
    visitTypeName: row.visit_type_name,
    visitor: visitorDetailsSchema.parse(JSON.parse(row.visitor_details)),
    status: row.status,
    holdReason: row.hold_reason,
    access: {
      state: row.access_state,
      groupName: row.access_group_name,
      validFrom: row.access_valid_from,
      validUntil: row.access_valid_until,
      problem: row.access_problem,
    },
    expectedAt: row.expected_at,
    checkedInAt: row.checked_in_at,
    checkedOutAt: row.checked_out_at,
    autoCheckOutAt: row.auto_check_out_at,
    inviteCode: row.invite_code,
    agreementVersion: row.agreement_version,
  }
}
