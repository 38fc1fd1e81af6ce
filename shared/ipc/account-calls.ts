import { z } from 'zod'
import { fieldMessage } from '../field-messages'
import { accountDetailSchema, accountSummarySchema, actionStepSchema, assignRequestSchema, diagnosisSchema, doorSchema } from '../schemas/account'
import { kisiGroupChoiceSchema } from './kisi-calls'
import { defineCall, noRequest, noResponse } from './define'

const userId = z.int().positive()
const byUser = z.object({ userId }).strict()

export const accountCalls = {
  'accounts.search': defineCall({
    access: 'staff',
    request: z.object({ query: z.string().trim().max(100), page: z.int().min(0).max(200) }).strict(),
    response: z.object({ items: z.array(accountSummarySchema), total: z.int(), pageSize: z.int() }),
  }),
  'accounts.get': defineCall({ access: 'staff', request: byUser, response: accountDetailSchema }),
  'accounts.choices': defineCall({
    access: 'staff',
    request: noRequest,
    response: z.object({ groups: z.array(kisiGroupChoiceSchema), doors: z.array(doorSchema) }),
  }),
  'accounts.assign': defineCall({
    access: 'staff',
    request: assignRequestSchema,
    response: z.object({ account: accountDetailSchema, steps: z.array(actionStepSchema) }),
  }),
  'accounts.revokeAssignment': defineCall({
    access: 'staff',
    request: z.object({ userId, assignmentId: z.int().positive() }).strict(),
    response: accountDetailSchema,
  }),
  'accounts.setAccess': defineCall({ access: 'staff', request: z.object({ userId, enabled: z.boolean() }).strict(), response: accountDetailSchema }),
  'accounts.disconnect': defineCall({ access: 'staff', request: byUser, response: noResponse }),
  /** Deleting needs the person's name typed back, so nobody deletes the wrong account by a slip. */
  'accounts.delete': defineCall({ access: 'staff', request: z.object({ userId, confirmName: z.string().trim().min(1) }).strict(), response: noResponse }),
  'accounts.repair': defineCall({ access: 'staff', request: byUser, response: z.object({ account: accountDetailSchema, steps: z.array(actionStepSchema) }) }),
  'accounts.diagnose': defineCall({ access: 'staff', request: z.object({ userId, lockId: z.int().positive() }).strict(), response: diagnosisSchema }),

  'doors.list': defineCall({ access: 'staff', request: noRequest, response: z.array(doorSchema) }),
  'doors.unlock': defineCall({
    access: 'staff',
    request: z.object({ lockId: z.int().positive(), reason: z.string().trim().min(3, fieldMessage.sayWhy).max(200, fieldMessage.atMost200Characters) }).strict(),
    response: z.object({ message: z.string() }),
  }),
} as const
