import { z } from 'zod'
import { kioskEventKinds } from './kiosk-event'

/** Where a line of the access log comes from: Kisi's door events, the kiosk's own visits, the staff audit trail. */
export const accessLogSources = ['kisi', 'kiosk', 'staff'] as const
export type AccessLogSource = (typeof accessLogSources)[number]

/**
 * What happened. A Kisi unlock (by a member, a visitor's link or staff) is `unlock`, granted or refused
 * by its outcome; Kisi's other events are `kisi-other`; every staff action is `staff-action`.
 */
export const accessLogKinds = ['unlock', 'kisi-other', ...kioskEventKinds, 'staff-action'] as const
export type AccessLogKind = (typeof accessLogKinds)[number]

/** How it ended: a refused unlock or a denied visitor is `refused`, a visitor waiting for approval `held`. */
export const accessLogOutcomes = ['succeeded', 'held', 'refused', 'failed'] as const
export type AccessLogOutcome = (typeof accessLogOutcomes)[number]

/** One line of the day's timeline, whatever its source. Flat, because a day can hold 100 000 of them. */
export const accessLogEntrySchema = z.object({
  /** Unique across sources (`kisi:12`, `kiosk:7`, `staff:3`), and the tie-break of equal times. */
  id: z.string(),
  at: z.iso.datetime(),
  source: z.enum(accessLogSources),
  kind: z.enum(accessLogKinds),
  outcome: z.enum(accessLogOutcomes),
  /** Kisi's lock id, when the line is about a door. */
  doorId: z.int().nullable(),
  doorName: z.string().nullable(),
  /** Who: the visitor, the Kisi member (or a visitor's link), or the staff role. */
  person: z.string().nullable(),
  /** The Kisi user who acted, so a refused unlock can be diagnosed for that person and door. */
  kisiUserId: z.int().nullable(),
  /** The visit the line is about, so its doors and flags can be shown. */
  visitId: z.string().nullable(),
  /** The rest, as recorded: Kisi's error message, the staff action's words, how a visitor checked out. */
  detail: z.string(),
})
export type AccessLogEntry = z.infer<typeof accessLogEntrySchema>

/** A calendar day of the kiosk's own time zone. */
export const accessLogDaySchema = z.iso.date()

/** Where the next page of a day starts: just past the last line given, newest first. */
export const accessLogCursorSchema = z
  .object({ at: z.iso.datetime(), id: z.string().regex(/^(kisi|kiosk|staff):\d{12}$/, 'a line id such as kisi:000000000012') })
  .strict()
export type AccessLogCursor = z.infer<typeof accessLogCursorSchema>

export const accessLogPageSchema = z.object({
  entries: z.array(accessLogEntrySchema),
  /** Null when this page ends the day. */
  next: accessLogCursorSchema.nullable(),
  /** How many lines the whole day holds, so a screen can show how much is still loading. */
  total: z.int(),
})
export type AccessLogPage = z.infer<typeof accessLogPageSchema>
