import { z } from 'zod'
import { visitorDetailsSchema } from '@shared/domain/visitor-form'
import { accessProblemSchema, accessStates, agreementAcceptances, holdReasons, visitStatuses, type AccessProblem } from '@shared/schemas/visit'
import type { Visit, VisitChanges } from './visit-model'

/** A column holding JSON text, parsed and checked like the columns around it. */
function jsonColumn<Schema extends z.ZodType>(schema: Schema) {
  return z
    .string()
    .transform((text, context) => {
      try {
        return JSON.parse(text) as unknown
      } catch {
        context.addIssue({ code: 'custom', message: 'Not valid JSON' })
        return z.NEVER
      }
    })
    .pipe(schema)
}

/**
 * `access_problem` holds the problem as JSON. Kiosks before that stored English words there; such a
 * row is read as that text, so it still shows as it did.
 */
const accessProblemColumn = z.string().transform((stored): AccessProblem => {
  try {
    const parsed = accessProblemSchema.safeParse(JSON.parse(stored))
    if (parsed.success) return parsed.data
  } catch {
    // Not JSON: words from before problems were data.
  }
  return { text: stored }
})

export function storedAccessProblem(problem: AccessProblem | null): string | null {
  return problem === null ? null : JSON.stringify(problem)
}

/**
 * A row of the `visits` table. It is the repository's business only: everything above it reads
 * and writes `Visit`s.
 */
const visitRowSchema = z
  .object({
    id: z.string(),
    visit_type_id: z.string(),
    visit_type_name: z.string(),
    /** A copy of the name inside `visitor_details`, kept as its own column. */
    visitor_name: z.string(),
    visitor_details: jsonColumn(visitorDetailsSchema),
    status: z.enum(visitStatuses),
    hold_reason: z.enum(holdReasons).nullable(),
    agreement_version: z.int().nullable(),
    agreement_acceptance: z.enum(agreementAcceptances).nullable(),
    invite_code: z.string().nullable(),
    expected_at: z.string().nullable(),
    checked_in_at: z.string().nullable(),
    checked_out_at: z.string().nullable(),
    auto_check_out_at: z.string().nullable(),
    access_state: z.enum(accessStates),
    access_group_id: z.int().nullable(),
    access_group_name: z.string().nullable(),
    access_door_names: jsonColumn(z.array(z.string())),
    access_valid_from: z.string().nullable(),
    access_valid_until: z.string().nullable(),
    access_problem: accessProblemColumn.nullable(),
    pass_code: z.string().nullable(),
    link_generation: z.int(),
    link_id: z.int().nullable(),
    link_secret_sealed: z.string().nullable(),
    link_secret_hash: z.string().nullable(),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .refine((row) => row.visitor_name === row.visitor_details.name, { message: 'The name differs from the one in visitor_details', path: ['visitor_name'] })

export type VisitRow = z.input<typeof visitRowSchema>

export const visitColumns = Object.keys(visitRowSchema.shape) as (keyof VisitRow)[]

/** A stored row as a visit. A row that does not hold what the kiosk wrote is refused, not guessed at. */
export function visitFromRow(stored: unknown): Visit {
  const parsed = visitRowSchema.safeParse(stored)
  if (!parsed.success) {
    const id = z.object({ id: z.string() }).safeParse(stored).data?.id ?? 'without an id'
    throw new Error(`Visit ${id} is damaged in the kiosk database and cannot be read:\n${z.prettifyError(parsed.error)}`)
  }
  const row = parsed.data
  return {
    id: row.id,
    visitTypeId: row.visit_type_id,
    visitTypeName: row.visit_type_name,
    visitor: row.visitor_details,
    status: row.status,
    holdReason: row.hold_reason,
    agreementVersion: row.agreement_version,
    agreementAcceptance: row.agreement_acceptance,
    inviteCode: row.invite_code,
    expectedAt: row.expected_at,
    checkedInAt: row.checked_in_at,
    checkedOutAt: row.checked_out_at,
    autoCheckOutAt: row.auto_check_out_at,
    accessState: row.access_state,
    accessGroupId: row.access_group_id,
    accessGroupName: row.access_group_name,
    doorNames: row.access_door_names,
    accessValidFrom: row.access_valid_from,
    accessValidUntil: row.access_valid_until,
    accessProblem: row.access_problem,
    passCode: row.pass_code,
    linkGeneration: row.link_generation,
    linkId: row.link_id,
    sealedLinkSecret: row.link_secret_sealed,
    linkSecretHash: row.link_secret_hash,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

type Columns = Partial<VisitRow>

/** Where each field of a visit is stored. */
const columnsFor: { [Field in keyof Visit]-?: (value: Visit[Field]) => Columns } = {
  id: (id) => ({ id }),
  visitTypeId: (value) => ({ visit_type_id: value }),
  visitTypeName: (value) => ({ visit_type_name: value }),
  visitor: (visitor) => ({ visitor_name: visitor.name, visitor_details: JSON.stringify(visitor) }),
  status: (status) => ({ status }),
  holdReason: (value) => ({ hold_reason: value }),
  agreementVersion: (value) => ({ agreement_version: value }),
  agreementAcceptance: (value) => ({ agreement_acceptance: value }),
  inviteCode: (value) => ({ invite_code: value }),
  expectedAt: (value) => ({ expected_at: value }),
  checkedInAt: (value) => ({ checked_in_at: value }),
  checkedOutAt: (value) => ({ checked_out_at: value }),
  autoCheckOutAt: (value) => ({ auto_check_out_at: value }),
  accessState: (value) => ({ access_state: value }),
  accessGroupId: (value) => ({ access_group_id: value }),
  accessGroupName: (value) => ({ access_group_name: value }),
  doorNames: (names) => ({ access_door_names: JSON.stringify(names) }),
  accessValidFrom: (value) => ({ access_valid_from: value }),
  accessValidUntil: (value) => ({ access_valid_until: value }),
  accessProblem: (value) => ({ access_problem: storedAccessProblem(value) }),
  passCode: (value) => ({ pass_code: value }),
  linkGeneration: (value) => ({ link_generation: value }),
  linkId: (value) => ({ link_id: value }),
  sealedLinkSecret: (value) => ({ link_secret_sealed: value }),
  linkSecretHash: (value) => ({ link_secret_hash: value }),
  createdAt: (value) => ({ created_at: value }),
  updatedAt: (value) => ({ updated_at: value }),
}

/** The columns a change writes: only those of the fields it names. */
export function columnsOf(changes: VisitChanges | Visit): Columns {
  const columns: Columns = {}
  for (const field of Object.keys(changes) as (keyof Visit)[]) {
    const value = (changes as Partial<Visit>)[field]
    if (value !== undefined) Object.assign(columns, (columnsFor[field] as (value: unknown) => Columns)(value))
  }
  return columns
}

export function rowOf(visit: Visit): VisitRow {
  return columnsOf(visit) as VisitRow
}
