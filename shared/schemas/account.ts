import { z } from 'zod'
import { fieldMessage } from '../field-messages'

const isoTime = z.iso.datetime({ offset: true })

/** A Kisi user as reception sees them in a search. */
export const accountSummarySchema = z.object({
  id: z.int(),
  name: z.string(),
  email: z.string(),
  accessEnabled: z.boolean(),
  lastAccessedAt: z.string().nullable(),
  /** Whether staff at this kiosk assigned them access (a local note; Kisi does not know). */
  linkedHere: z.boolean(),
})
export type AccountSummary = z.infer<typeof accountSummarySchema>

export const accountAssignmentSchema = z.object({
  id: z.int(),
  groupId: z.int(),
  groupName: z.string(),
  roleId: z.string(),
  validFrom: z.string().nullable(),
  validUntil: z.string().nullable(),
  doorNames: z.array(z.string()),
  readerRestricted: z.boolean(),
  /** A group the kiosk made to hold exactly a chosen set of doors. */
  isDoorSelection: z.boolean(),
})
export type AccountAssignment = z.infer<typeof accountAssignmentSchema>

export const accountDetailSchema = accountSummarySchema.extend({
  assignments: z.array(accountAssignmentSchema),
  cards: z.array(z.object({ id: z.int(), label: z.string() })),
})
export type AccountDetail = z.infer<typeof accountDetailSchema>

export const doorSchema = z.object({
  id: z.int(),
  name: z.string(),
  online: z.boolean().nullable(),
  readerRestricted: z.boolean(),
  lockedDown: z.boolean(),
})
export type Door = z.infer<typeof doorSchema>

export const assignRequestSchema = z
  .object({
    user: z.union([
      z.object({ existingUserId: z.int().positive() }).strict(),
      z
        .object({
          name: z.string().trim().min(2, fieldMessage.enterPersonName).max(100, fieldMessage.atMost100Characters),
          email: z.string().trim().regex(z.regexes.email, fieldMessage.enterEmail),
          /** Managed users get no e-mail from Kisi and never register. */
          managed: z.boolean(),
        })
        .strict(),
    ]),
    groupIds: z.array(z.int().positive()).max(20),
    lockIds: z.array(z.int().positive()).max(50),
    validFrom: isoTime,
    /** null: until revoked. */
    validUntil: isoTime.nullable(),
  })
  .strict()
  .refine((request) => request.groupIds.length + request.lockIds.length > 0, { message: fieldMessage.chooseGroupOrDoor, path: ['groupIds'] })
  .refine((request) => request.validUntil === null || request.validUntil > request.validFrom, {
    message: fieldMessage.endAfterStart,
    path: ['validUntil'],
  })
export type AssignRequest = z.infer<typeof assignRequestSchema>

/** One step of a multi-step Kisi change, reported to staff as it went. */
export const actionStepSchema = z.object({ step: z.string(), outcome: z.enum(['done', 'skipped', 'failed']), detail: z.string().nullable() })
export type ActionStep = z.infer<typeof actionStepSchema>

/** What a diagnosis can find; the staff console words each, with what to do about it. */
export const unlockFindings = [
  'inAppUnlockOff',
  'accessDisabled',
  'noGroupForDoor',
  'accessNotStarted',
  'accessEnded',
  'groupReaderRestriction',
  'doorReaderRestriction',
  'lockedDown',
  'controllerOffline',
  'accessLogUnavailable',
  'lastRefusal',
  'lastRefusalUnknownCode',
  'lastRefusalWithoutCode',
  'canUnlock',
] as const
export type UnlockFinding = (typeof unlockFindings)[number]

/** A finding's facts: names, an ISO time (`at`), Kisi's code, lists of group names. */
const findingParamsSchema = z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string())]))
export type UnlockFindingParams = z.infer<typeof findingParamsSchema>

export const diagnosisSchema = z.object({
  canUnlock: z.boolean(),
  findings: z.array(z.object({ severity: z.enum(['blocker', 'warning', 'ok']), finding: z.enum(unlockFindings), params: findingParamsSchema })),
})
export type Diagnosis = z.infer<typeof diagnosisSchema>
