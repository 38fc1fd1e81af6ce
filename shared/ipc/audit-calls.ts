import { z } from 'zod'
import { fieldMessage } from '../field-messages'
import { auditPageSchema } from '../schemas/audit-trail'
import { defineCall } from './define'

export const auditCalls = {
  /** Newest first, a page at a time; `problemsOnly` keeps refused and failed actions. */
  'audit.list': defineCall({
    access: 'manager',
    request: z.object({ page: z.int(fieldMessage.pageNumber).min(0, fieldMessage.pageNumber).max(100_000, fieldMessage.pageNumber), problemsOnly: z.boolean().default(false) }).strict(),
    response: auditPageSchema,
  }),
} as const
