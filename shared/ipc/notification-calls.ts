import { z } from 'zod'
import { notificationStatusSchema, webhookUrlSchema } from '../schemas/arrival-notifications'
import { defineCall, noRequest } from './define'

export const notificationCalls = {
  'notifications.status': defineCall({ access: 'manager', request: noRequest, response: notificationStatusSchema }),
  /** A new webhook address, or null to stop notifying. */
  'notifications.configure': defineCall({
    access: 'manager',
    request: z.object({ webhookUrl: webhookUrlSchema.nullable() }).strict(),
    response: notificationStatusSchema,
  }),
  /** Posts a test message now and answers how it went. */
  'notifications.test': defineCall({ access: 'manager', request: noRequest, response: notificationStatusSchema }),
  /** Turns the daily summary on or off. */
  'notifications.dailySummary': defineCall({ access: 'manager', request: z.object({ enabled: z.boolean() }).strict(), response: notificationStatusSchema }),
} as const
