import { z } from 'zod'
import { auditPageSchema } from '../schemas/audit-trail'
import { defineCall } from './define'

export const auditCalls = {
  /** Newest first, a page at a time; `problemsOnly` keeps refused and failed actions. */
  'audit.list': defineCall({
    access: 'manager',
    request: z.object({ page: z.int('Enter a page number').min(0, 'Pages start at 0').max(100_000, 'There are not that many pages'), problemsOnly: z.boolean().default(false) }).strict(),
    response: auditPageSchema,
  }),
} as const
