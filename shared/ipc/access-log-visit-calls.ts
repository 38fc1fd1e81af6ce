import { z } from 'zod'
import { accessLogDaySchema } from '../schemas/access-log'
import { rollCallPersonKeySchema, rollCallSchema } from '../schemas/roll-call'
import { visitDoorsDaySchema } from '../schemas/visit-door-use'
import { defineCall, noRequest } from './define'

/** The visits' side of the access log: which doors each visit opened, and who is in the building now. */
export const accessLogVisitCalls = {
  /**
   * The visits of a day (on site during it, or whose links acted in it) with every unlock attempt
   * of their links and what is odd about them, from the local copy. Reception may read today only.
   */
  'accessLog.visits': defineCall({ access: 'staff', request: z.object({ day: accessLogDaySchema }).strict(), response: visitDoorsDaySchema }),
  /** Who may be in the building now: visitors on site and members seen today, from the local copy only. */
  'accessLog.rollCall': defineCall({ access: 'staff', request: noRequest, response: rollCallSchema }),
  /** Ticks someone safe (or takes it back) in the current drill; kept as a kiosk event. */
  'accessLog.markSafe': defineCall({
    access: 'staff',
    request: z.object({ personKey: rollCallPersonKeySchema, safe: z.boolean() }).strict(),
    response: rollCallSchema,
  }),
  /** Starts a new drill: earlier ticks stay in the log but no longer count. */
  'accessLog.startDrill': defineCall({ access: 'staff', request: noRequest, response: rollCallSchema }),
} as const
