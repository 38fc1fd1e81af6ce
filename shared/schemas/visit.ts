import { z } from 'zod'
import { visitorDetailsSchema } from '../domain/visitor-form'
import { errorReasonNames } from '../error-reasons'
import { fieldRequirementSchema, optionalFieldNames, type OptionalFieldName } from './visit-policy'

/** Where a visit stands: invited, held for reception, in the building, gone. */
export const visitStatuses = ['expected', 'awaiting-approval', 'on-site', 'left', 'cancelled'] as const
export type VisitStatus = (typeof visitStatuses)[number]

/** The visitor's door access: none asked for, being issued, live, refused by Kisi, revoked, expired. */
export const accessStates = ['none', 'pending', 'issued', 'failed', 'revoked', 'expired'] as const
export type AccessState = (typeof accessStates)[number]

/** Why a check-in waits for reception. Staff see it; the visitor never does. */
export const holdReasons = ['approval', 'deny-list'] as const
export type HoldReason = (typeof holdReasons)[number]

/** How a visit's agreement was accepted: by the visitor at the kiosk, or confirmed by reception for them. */
export const agreementAcceptances = ['visitor-at-kiosk', 'confirmed-by-reception'] as const
export type AgreementAcceptance = (typeof agreementAcceptances)[number]

const isoTime = z.iso.datetime({ offset: true })

/** What went wrong with a visit's link, for reception: the screen words it, main sends only data. */
export const accessProblemSchema = z.union([
  z.object({
    /** What did not happen: the link made, its extension, its revocation; or Kisi lost it (removed there). */
    what: z.enum(['not-issued', 'not-extended', 'not-revoked', 'removed-in-kisi']),
    /** Why, as an error reason with its parameters; null when there is nothing more to say. */
    reason: z.enum(errorReasonNames).nullable(),
    params: z.record(z.string(), z.union([z.string(), z.number()])),
  }),
  /** A problem a kiosk stored in English before problems were data: shown as it was written. */
  z.object({ text: z.string() }),
])
export type AccessProblem = z.infer<typeof accessProblemSchema>

export const staffVisitSchema = z.object({
  id: z.string(),
  /** Visits of another kiosk are known only from their Kisi links; this kiosk cannot act on them. */
  origin: z.enum(['this-kiosk', 'other-kiosk']),
  visitTypeId: z.string(),
  visitTypeName: z.string(),
  visitor: visitorDetailsSchema,
  status: z.enum(visitStatuses),
  holdReason: z.enum(holdReasons).nullable(),
  access: z.object({
    state: z.enum(accessStates),
    groupName: z.string().nullable(),
    validFrom: isoTime.nullable(),
    validUntil: isoTime.nullable(),
    /** What went wrong with the link: when state is `failed`, a refused extension, a link removed in Kisi. */
    problem: accessProblemSchema.nullable(),
  }),
  expectedAt: isoTime.nullable(),
  checkedInAt: isoTime.nullable(),
  checkedOutAt: isoTime.nullable(),
  autoCheckOutAt: isoTime.nullable(),
  inviteCode: z.string().nullable(),
  agreementVersion: z.int().nullable(),
  agreementAcceptance: z.enum(agreementAcceptances).nullable(),
  /** The code on the visitor's pass, also at the end of their access link's name; null for older visits. */
  passCode: z.string().nullable(),
})
export type StaffVisit = z.infer<typeof staffVisitSchema>

/** What the visitor's screen shows once the access link exists. */
export const visitorPassSchema = z.object({
  visitId: z.string(),
  visitorName: z.string(),
  visitTypeName: z.string(),
  /** The access link's web address; the QR code encodes exactly this. */
  linkUrl: z.url(),
  /** The code the link's name ends with, which Kisi shows the visitor; null for visits from before pass codes. */
  passCode: z.string().nullable(),
  doorNames: z.array(z.string()),
  validUntil: isoTime,
})
export type VisitorPass = z.infer<typeof visitorPassSchema>

/** How a check-in ended, from the visitor's side. Holds and Kisi trouble look the same: see reception. */
export const checkInOutcomeSchema = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('pass'), pass: visitorPassSchema }),
  z.object({ outcome: z.literal('welcome'), visitorName: z.string(), hostName: z.string().nullable(), hostNotified: z.boolean() }),
  z.object({
    outcome: z.literal('access-pending'),
    visitorName: z.string(),
    /**
     * The secret that lets this screen, and only this one, fetch the visit's pass once the outbox has
     * made the link (`visits.pendingPass`): the visitor's screens are public.
     */
    claim: z.string(),
  }),
  z.object({ outcome: z.literal('see-reception'), visitorName: z.string() }),
])
export type CheckInOutcome = z.infer<typeof checkInOutcomeSchema>

/** A visit type as the visitor's screens need it: no group ids, no deny list. */
export const publicVisitTypeSchema = z.object({
  id: z.string(),
  name: z.string(),
  fields: z.object(Object.fromEntries(optionalFieldNames.map((name) => [name, fieldRequirementSchema])) as Record<OptionalFieldName, typeof fieldRequirementSchema>),
  agreement: z.object({ text: z.string(), version: z.int() }).nullable(),
  opensDoors: z.boolean(),
  /** Whether this type may check in right now, so the kiosk says so before the visitor fills a form. */
  checkInOpen: z.boolean(),
  /** When it may: ISO weekdays (1 = Monday) and local times; the screen words them. */
  checkInHours: z.object({ days: z.array(z.int().min(1).max(7)), from: z.string(), until: z.string() }),
})
export type PublicVisitType = z.infer<typeof publicVisitTypeSchema>

/** A search hit at the kiosk: enough for the visitor to recognise themselves, no more. */
export const visitMatchSchema = z.object({
  visitId: z.string(),
  /** First name and the initial of the last name, e.g. "Ada L." */
  displayName: z.string(),
  visitTypeName: z.string(),
})
export type VisitMatch = z.infer<typeof visitMatchSchema>

/**
 * Check-outs by name at the kiosk that came in a burst — anyone can end anyone's access that way —
 * for reception to check that those visitors really left.
 */
export const checkOutBurstSchema = z.object({
  /** When the first check-out of the burst happened, and the latest. */
  from: isoTime,
  until: isoTime,
  visitorNames: z.array(z.string()).min(1),
})
export type CheckOutBurst = z.infer<typeof checkOutBurstSchema>
