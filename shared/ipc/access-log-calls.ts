import { z } from 'zod'
import { errorReasonNames } from '../error-reasons'
import { accessLogCursorSchema, accessLogDaySchema, accessLogPageSchema } from '../schemas/access-log'
import { defineCall, noRequest } from './define'

/**
 * How far the kiosk's copy of Kisi's events for its place reaches, and whether it keeps up. Staff see
 * it beside the log, so a day that looks quiet can be told apart from a day not synced yet.
 */
export const accessLogSyncStatusSchema = z.object({
  /** When the last sync finished without a problem (ISO 8601); null before the first. */
  lastSyncedAt: z.iso.datetime().nullable(),
  /** Every Kisi event of the place before this time is stored (ISO 8601); null before the first sync. */
  syncedUntil: z.iso.datetime().nullable(),
  running: z.boolean(),
  /** The last sync without a problem is older than two schedule periods, or there has been none. */
  behind: z.boolean(),
  /** Why the last try did not finish, as a reason the locale files word; null when it did. */
  problem: z
    .object({
      reason: z.enum(errorReasonNames),
      params: z.record(z.string(), z.union([z.string(), z.number()])),
    })
    .nullable(),
})
export type AccessLogSyncStatus = z.infer<typeof accessLogSyncStatusSchema>

export const accessLogCalls = {
  /** Starts a sync now unless one is running, and answers the status without waiting for it to end. */
  'accessLog.sync': defineCall({ access: 'staff', request: noRequest, response: accessLogSyncStatusSchema }),
  'accessLog.syncStatus': defineCall({ access: 'staff', request: noRequest, response: accessLogSyncStatusSchema }),
  /**
   * A day's timeline from the local copy (so a past day opens with Kisi unreachable), newest first, a
   * page at a time. Reception may read today only; a manager any day.
   */
  'accessLog.day': defineCall({
    access: 'staff',
    request: z.object({ day: accessLogDaySchema, after: accessLogCursorSchema.nullable().default(null), limit: z.int().min(1).max(20_000).default(500) }).strict(),
    response: accessLogPageSchema,
  }),
} as const

export const accessLogEvents = {
  'accessLog.syncStatusChanged': accessLogSyncStatusSchema,
} as const
