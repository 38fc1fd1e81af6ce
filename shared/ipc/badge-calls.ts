import { z } from 'zod'
import { accountDetailSchema, actionStepSchema } from '../schemas/account'
import { badgeEnrolRequestSchema, badgeLookupSchema, badgeSchema } from '../schemas/badge'
import { defineCall } from './define'

/** Reception's badge desk: who holds a card, and enrolling a card Kisi does not know yet. */
export const badgeCalls = {
  'badges.lookup': defineCall({ access: 'staff', request: badgeSchema, response: badgeLookupSchema }),
  'badges.enrol': defineCall({
    access: 'staff',
    request: badgeEnrolRequestSchema,
    response: z.object({ account: accountDetailSchema, steps: z.array(actionStepSchema) }),
  }),
} as const
