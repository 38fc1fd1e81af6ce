import { z } from 'zod'
import {
  pinSchema,
  pinSetupSchema,
  staffRoles,
  staffSessionSchema,
  staffStatusSchema,
} from '../schemas/staff-access'
import { defineCall, noRequest, noResponse } from './define'

export const staffCalls = {
  'staff.status': defineCall({ access: 'public', request: noRequest, response: staffStatusSchema }),
  /** Only allowed while no PIN exists: the first start has no default PIN to guess. */
  'staff.setupPins': defineCall({ access: 'public', request: pinSetupSchema, response: staffStatusSchema }),
  'staff.unlock': defineCall({
    access: 'public',
    request: z.object({ pin: pinSchema }).strict(),
    response: staffSessionSchema,
  }),
  'staff.lock': defineCall({ access: 'public', request: noRequest, response: noResponse }),
  /**
   * Someone is using the console (typing, scrolling) without making calls: the session slides as
   * with any staff call, so it ends only after the staff idle setting without use.
   */
  'staff.keepAlive': defineCall({ access: 'staff', request: noRequest, response: staffSessionSchema }),
  'staff.changePin': defineCall({
    access: 'manager',
    request: z.object({ role: z.enum(staffRoles), pin: pinSchema }).strict(),
    response: noResponse,
  }),
} as const
