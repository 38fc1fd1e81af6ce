import { z } from 'zod'
import { errorReasonNames } from '../error-reasons'
import { fieldMessage } from '../field-messages'

const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]'])

/**
 * Where arrivals are posted: an incoming webhook (Slack, Teams via a workflow, or any service that
 * takes `{"text": …}`). Only https leaves the machine; plain http is allowed to this computer alone,
 * for a local relay or a test receiver. Main also refuses an https address that is, or resolves to,
 * one inside the network (it needs DNS, which this pure check has not).
 */
const httpsOrLocal = fieldMessage.webhookHttps

export const webhookUrlSchema = z
  .string()
  .trim()
  .max(2_000, fieldMessage.atMost2000Characters)
  // URL parsers read a backslash as a slash and drop tabs and newlines, so such an address could
  // name one host here and reach another; none belongs in a webhook address.
  .refine((value) => !/[\\\s\u0000-\u001f]/.test(value), httpsOrLocal)
  .pipe(z.url(httpsOrLocal))
  .refine((value) => {
    const [, scheme, host] = /^(https?):\/\/(?:[^@/?#]*@)?(\[[^\]]*\]|[^:/?#]+)/i.exec(value) ?? []
    return scheme?.toLowerCase() === 'https' || (scheme?.toLowerCase() === 'http' && loopbackHosts.has(host?.toLowerCase() ?? ''))
  }, httpsOrLocal)

export const notificationStatusSchema = z.object({
  configured: z.boolean(),
  /** Only the host name is shown: the rest of a webhook address is its password. */
  target: z.string().nullable(),
  /** How the last post went: delivered, or why not (a reason for the screen to word). */
  lastDelivery: z
    .object({ at: z.iso.datetime(), ok: z.boolean(), reason: z.enum(errorReasonNames).nullable(), params: z.record(z.string(), z.union([z.string(), z.number()])) })
    .nullable(),
  /** The daily summary through the same webhook: whether it is on, and the last day it was sent for. */
  dailySummary: z.object({ enabled: z.boolean(), lastSentDay: z.string().nullable() }),
})
export type NotificationStatus = z.infer<typeof notificationStatusSchema>
