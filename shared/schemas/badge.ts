import { z } from 'zod'
import { fieldMessage } from '../field-messages'
import { wiegandLimits } from '../domain/scanning/wiegand-layouts'
import { accountSummarySchema } from './account'
import { wiegandFormats, type WiegandFormat } from './scan'

/** The badge formats a card can be enrolled in: the Wiegand formats the scanners decode. */
export const badgeFormats = wiegandFormats
export type BadgeFormat = WiegandFormat

const badgeFields = {
  format: z.enum(badgeFormats),
  facilityCode: z.int(fieldMessage.facilityCodeOfFormat).min(0, fieldMessage.facilityCodeOfFormat),
  cardNumber: z.int(fieldMessage.cardNumberOfFormat).min(0, fieldMessage.cardNumberOfFormat),
}

/**
 * Numbers beyond what the format's bits hold cannot be on a card; Kisi would refuse them anyway. Checked
 * whenever the format is known, even beside another field's problem, so a form shows every problem at once.
 */
const whenFormatKnown = {
  when: ({ value }: { value: unknown }) => typeof value === 'object' && value !== null && badgeFormats.some((format) => format === (value as { format?: unknown }).format),
}

function withinFormat(badge: { format: BadgeFormat; facilityCode: number; cardNumber: number }, context: z.RefinementCtx): void {
  const limits = wiegandLimits(badge.format)
  if (badge.facilityCode > limits.facilityCode) context.addIssue({ code: 'custom', message: fieldMessage.facilityCodeOfFormat, path: ['facilityCode'] })
  if (badge.cardNumber > limits.cardNumber) context.addIssue({ code: 'custom', message: fieldMessage.cardNumberOfFormat, path: ['cardNumber'] })
}

/** A card as a reader decodes it, or as reception types it from the card. */
export const badgeSchema = z.object(badgeFields).strict().superRefine(withinFormat, whenFormatKnown)
export type Badge = z.infer<typeof badgeSchema>

/** Enrols the card and gives it to this Kisi user. */
export const badgeEnrolRequestSchema = z
  .object({ ...badgeFields, userId: z.int().positive() })
  .strict()
  .superRefine(withinFormat, whenFormatKnown)
export type BadgeEnrolRequest = z.infer<typeof badgeEnrolRequestSchema>

/**
 * What Kisi knows of a card: held by someone (open their page), enrolled but held by no one, or
 * unknown in this format. The last two offer enrolment.
 */
export const badgeLookupSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('held'), cardId: z.int(), holder: accountSummarySchema }),
  z.object({ status: z.literal('unassigned'), cardId: z.int() }),
  z.object({ status: z.literal('unknown') }),
])
export type BadgeLookup = z.infer<typeof badgeLookupSchema>
