import { z } from 'zod'
import { fieldMessage } from '../field-messages'
import { checkInOutcomeSchema, checkOutBurstSchema, publicVisitTypeSchema, staffVisitSchema, visitMatchSchema, visitorPassSchema } from '../schemas/visit'
import { defineCall, noRequest, noResponse } from './define'

const visitId = z.string().min(1).max(64)
/** The form as typed; main checks it against the visit type's own rules. */
const visitorForm = z.record(z.string(), z.string().max(500))
/** At least three letters, so the kiosk never lists other visitors for an empty or tiny query. */
const nameQuery = z.string().trim().min(3, fieldMessage.typeThreeLetters).max(100, fieldMessage.atMost100Characters)
const byVisit = z.object({ visitId }).strict()

export const visitCalls = {
  'visitTypes.list': defineCall({ access: 'public', request: noRequest, response: z.array(publicVisitTypeSchema) }),
  'visits.checkIn': defineCall({
    access: 'public',
    request: z.object({ visitTypeId: z.string(), visitor: visitorForm, agreementVersion: z.int().nullable() }).strict(),
    response: checkInOutcomeSchema,
  }),
  'visits.findInvites': defineCall({ access: 'public', request: z.object({ query: nameQuery }).strict(), response: z.array(visitMatchSchema) }),
  'visits.checkInInvite': defineCall({
    access: 'public',
    request: z
      .object({
        visitId: visitId.optional(),
        inviteCode: z.string().trim().min(4).max(64).optional(),
        /** The invited e-mail address, when `inviteAgreement` asked to confirm a name-search pick with it. */
        email: z.string().trim().max(200).optional(),
        agreementVersion: z.int().nullable(),
      })
      .strict()
      .refine((request) => Boolean(request.visitId) !== Boolean(request.inviteCode), fieldMessage.visitOrInviteCode),
    response: checkInOutcomeSchema,
  }),
  'visits.inviteAgreement': defineCall({
    access: 'public',
    request: z
      .object({
        visitId: visitId.optional(),
        inviteCode: z.string().trim().min(4).max(64).optional(),
        /**
         * The invited e-mail address, checked where the visitor types it (at *Continue*), before the
         * agreement: a wrong one is refused here and counted once; the right one answers `nothing`.
         */
        email: z.string().trim().max(200).optional(),
      })
      .strict(),
    response: z.object({
      visitTypeName: z.string(),
      agreement: z.object({ text: z.string(), version: z.int() }).nullable(),
      /**
       * What a visitor who picked their name from a search must show before a pass that opens doors:
       * the e-mail they were invited with, or (without one) their invite code. A code needs nothing more.
       */
      confirmWith: z.enum(['nothing', 'email', 'code']),
    }),
  }),
  /** Where a check-in whose link was still coming now stands, for the screen that holds its claim. */
  'visits.pendingPass': defineCall({ access: 'public', request: z.object({ claim: z.string().min(20).max(100) }).strict(), response: checkInOutcomeSchema }),
  'visits.findOnSite': defineCall({ access: 'public', request: z.object({ query: nameQuery }).strict(), response: z.array(visitMatchSchema) }),
  'visits.checkOutSelf': defineCall({
    access: 'public',
    request: z
      .object({ visitId: visitId.optional(), passUrl: z.string().max(2000).optional() })
      .strict()
      .refine((request) => Boolean(request.visitId) !== Boolean(request.passUrl), fieldMessage.visitOrPass),
    response: z.object({ visitorName: z.string() }),
  }),

  'visits.today': defineCall({ access: 'staff', request: noRequest, response: z.array(staffVisitSchema) }),
  'visits.preRegister': defineCall({
    access: 'staff',
    request: z.object({ visitTypeId: z.string(), visitor: visitorForm, expectedAt: z.iso.datetime({ offset: true }) }).strict(),
    response: staffVisitSchema,
  }),
  'visits.walkIn': defineCall({
    access: 'staff',
    request: z
      .object({
        visitTypeId: z.string(),
        visitor: visitorForm,
        /** The agreement version reception confirms the visitor accepted; null when the type has none. */
        agreementVersion: z.int().nullable(),
      })
      .strict(),
    response: staffVisitSchema,
  }),
  'visits.approve': defineCall({ access: 'staff', request: byVisit, response: staffVisitSchema }),
  'visits.checkInOnBehalf': defineCall({ access: 'staff', request: byVisit, response: staffVisitSchema }),
  'visits.checkOut': defineCall({ access: 'staff', request: byVisit, response: staffVisitSchema }),
  'visits.cancel': defineCall({ access: 'staff', request: byVisit, response: staffVisitSchema }),
  'visits.pass': defineCall({ access: 'staff', request: byVisit, response: visitorPassSchema }),
  'visits.extend': defineCall({
    access: 'staff',
    request: z.object({ visitId, validUntil: z.iso.datetime({ offset: true }) }).strict(),
    response: staffVisitSchema,
  }),
  'visits.retryAccess': defineCall({ access: 'staff', request: byVisit, response: staffVisitSchema }),
  /** Check-outs by name at the kiosk that came in a burst, newest first, until reception dismisses them. */
  'visits.checkOutBursts': defineCall({ access: 'staff', request: noRequest, response: z.array(checkOutBurstSchema) }),
  'visits.dismissCheckOutBursts': defineCall({ access: 'staff', request: noRequest, response: noResponse }),
  /** A data-subject request: erase an ended visit's visitor now (README → Privacy and retention). */
  'visits.erase': defineCall({ access: 'manager', request: byVisit, response: noResponse }),
} as const

export const visitEvents = {
  /** Something about today's visits changed; staff screens reload their list. */
  'visits.changed': z.object({ visitId: z.string().nullable() }),
  /**
   * The access of a visit some waiting screen holds a claim on has changed; such a screen asks with
   * its claim (`visits.pendingPass`). Public, so it names no visit and carries no pass.
   */
  'visits.claimedAccessChanged': z.object({}).strict(),
} as const
