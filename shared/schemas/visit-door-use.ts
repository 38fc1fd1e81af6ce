import { z } from 'zod'
import { visitStatuses } from './visit'

/** The visit's own times are stored as the kiosk wrote them, offset and all. */
const visitTime = z.iso.datetime({ offset: true })

/**
 * What a manager should look at twice about a visit's access link: it was never used (the visitor
 * may not have needed the doors, or could not open them), it opened a door after the visitor had
 * checked out, or outside the time the visit's access was meant for.
 */
export const visitDoorFlags = ['never-used', 'not-used-yet', 'used-after-check-out', 'used-outside-window'] as const
export type VisitDoorFlag = (typeof visitDoorFlags)[number]

/** One unlock attempt by one of the visit's links, granted or refused, as Kisi logged it. */
export const visitDoorUseSchema = z.object({
  at: z.iso.datetime(),
  doorId: z.int(),
  doorName: z.string(),
  succeeded: z.boolean(),
  linkId: z.int(),
  /** Kisi's words for a refused attempt. */
  errorMessage: z.string().nullable(),
  afterCheckOut: z.boolean(),
  outsideWindow: z.boolean(),
})
export type VisitDoorUse = z.infer<typeof visitDoorUseSchema>

/** A visit with the doors its links opened, oldest use first. */
export const visitDoorsSchema = z.object({
  visitId: z.string(),
  visitorName: z.string(),
  visitTypeName: z.string(),
  status: z.enum(visitStatuses),
  checkedInAt: visitTime.nullable(),
  checkedOutAt: visitTime.nullable(),
  accessValidFrom: visitTime.nullable(),
  accessValidUntil: visitTime.nullable(),
  /** Every link the visit had: an extension makes a new one. Empty when the visit opened no doors. */
  linkIds: z.array(z.int()),
  uses: z.array(visitDoorUseSchema),
  flags: z.array(z.enum(visitDoorFlags)),
})
export type VisitDoors = z.infer<typeof visitDoorsSchema>

export const visitDoorsDaySchema = z.object({
  visits: z.array(visitDoorsSchema),
  /**
   * Kisi's events are known up to this time (null before the first sync): a link that looks
   * unused may have been used since.
   */
  syncedUntil: z.iso.datetime().nullable(),
})
export type VisitDoorsDay = z.infer<typeof visitDoorsDaySchema>
