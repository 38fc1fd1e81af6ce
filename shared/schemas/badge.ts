import { z } from 'zod'
import { fieldMessage } from '../field-messages'
import { accountSummarySchema } from './account'

/** The badge formats a card can be enrolled in: Wiegand formats numbered by facility code and card number. */
export const badgeFormats = ['h10301', 'corporate1000-35', 'h10304'] as const
export type BadgeFormat = (typeof badgeFormats)[number]

/** The largest facility code and card number each format's bits hold (research/hid.md §4). */
export const badgeFormatLimits: Readonly<Record<BadgeFormat, { facilityCode: number; cardNumber: number }>> = {
  h10301: { facilityCode: 255, cardNumber: 65_535 },
  'corporate1000-35': { facilityCode: 4095, cardNumber: 1_048_575 },
  h10304: { facilityCode: 65_535, cardNumber: 524_287 },
}

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
  const limits = badgeFormatLimits[badge.format]
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
