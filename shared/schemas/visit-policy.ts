import { z } from 'zod'
import { fieldMessage } from '../field-messages'

/** Fields a visit type may ask for besides the name, which is always asked. */
export const optionalFieldNames = ['email', 'phone', 'company', 'host', 'purpose'] as const
export type OptionalFieldName = (typeof optionalFieldNames)[number]

export const fieldRequirementSchema = z.enum(['off', 'optional', 'required'])
export type FieldRequirement = z.infer<typeof fieldRequirementSchema>

export const timeOfDaySchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, fieldMessage.timeOfDay)

const hoursSchema = z.number(fieldMessage.enterHours).min(0.5, fieldMessage.atLeastHalfHour).max(336, fieldMessage.atMost336Hours)

export const visitTypeAccessSchema = z.object({
  groupId: z.int().positive(),
  groupName: z.string().min(1),
  /** The group's doors when it was chosen, shown on the visitor's pass without asking Kisi again. */
  doorNames: z.array(z.string()),
  /** Kisi Reader Restriction on the group: in-app unlocks are blocked, links still work. */
  readerRestricted: z.boolean(),
})
export type VisitTypeAccess = z.infer<typeof visitTypeAccessSchema>

export const accessWindowSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('hours'), hours: hoursSchema }),
  z.object({ mode: z.literal('until'), closingTime: timeOfDaySchema }),
])
export type AccessWindowRule = z.infer<typeof accessWindowSchema>

export const visitTypeSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]{1,40}$/, fieldMessage.visitTypeId),
    name: z.string().trim().min(1, fieldMessage.enterName).max(40, fieldMessage.atMost40Characters),
    fields: z.object(Object.fromEntries(optionalFieldNames.map((name) => [name, fieldRequirementSchema])) as Record<OptionalFieldName, typeof fieldRequirementSchema>),
    /** The version is stored with each visit, so it is clear which text a visitor accepted. */
    agreement: z.object({ text: z.string().trim().min(1, fieldMessage.enterAgreementText).max(5000, fieldMessage.atMost5000Characters), version: z.int().min(1) }).nullable(),
    access: visitTypeAccessSchema.nullable(),
    accessWindow: accessWindowSchema,
    /** No access window is ever longer than this, whatever the rule above gives. */
    maxAccessHours: hoursSchema,
    /** ISO weekdays on which this type may check in: 1 = Monday … 7 = Sunday. */
    checkInDays: z.array(z.int().min(1).max(7)).min(1, fieldMessage.chooseADay),
    checkInFrom: timeOfDaySchema,
    checkInUntil: timeOfDaySchema,
    requiresApproval: z.boolean(),
    autoCheckOutTime: timeOfDaySchema.nullable(),
  })
  .refine((type) => type.checkInFrom < type.checkInUntil, { message: fieldMessage.opensBeforeCloses, path: ['checkInUntil'] })
  .refine((type) => new Set(type.checkInDays).size === type.checkInDays.length, { message: fieldMessage.eachDayOnce, path: ['checkInDays'] })
export type VisitType = z.infer<typeof visitTypeSchema>

export const denyListSchema = z.object({
  names: z.array(z.string().trim().min(1).max(100)).max(500),
  /** Whole addresses, or `@domain` to hold everyone from a domain. */
  emails: z.array(z.string().trim().toLowerCase().regex(/^([^\s@]+)?@[^\s@]+\.[^\s@]+$/, fieldMessage.emailOrDomain)).max(500),
})
export type DenyList = z.infer<typeof denyListSchema>

export const visitPoliciesSchema = z
  .object({
    visitTypes: z.array(visitTypeSchema).max(20, fieldMessage.atMost20VisitTypes),
    denyList: denyListSchema,
  })
  .refine((policies) => new Set(policies.visitTypes.map((type) => type.id)).size === policies.visitTypes.length, {
    message: fieldMessage.visitTypeIdsUnique,
    path: ['visitTypes'],
  })
export type VisitPolicies = z.infer<typeof visitPoliciesSchema>
