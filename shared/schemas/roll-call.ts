import { z } from 'zod'

/** A visit (`visit:<id>`) or a Kisi member (`member:<user id>`): what a tick is kept against. */
export const rollCallPersonKeySchema = z.string().regex(/^(visit:.+|member:\d+)$/)

/** Someone who may be in the building now, with where and when they were last seen. */
export const rollCallPersonSchema = z.object({
  personKey: rollCallPersonKeySchema,
  kind: z.enum(['visitor', 'member']),
  name: z.string(),
  /** The visit type and host of a visitor; null for a member. */
  about: z.string().nullable(),
  /** A visitor's last unlock, else their check-in; a member's last unlock today. */
  lastSeenAt: z.iso.datetime({ offset: true }),
  /** Null when a visitor has opened no door since checking in. */
  lastDoor: z.string().nullable(),
  /** Ticked safe in the current drill, and when. */
  safeAt: z.iso.datetime().nullable(),
})
export type RollCallPerson = z.infer<typeof rollCallPersonSchema>

export const rollCallSchema = z.object({
  /**
   * Where the current drill's ticks start: staff's last "start a drill" today, else the start of
   * today, so ticking works at once in an emergency and yesterday's ticks never count.
   */
  drillStartedAt: z.iso.datetime(),
  /** Visitors first, then members, each by name. */
  people: z.array(rollCallPersonSchema),
  /**
   * Members are known from the kiosk's copy of Kisi's events, up to this time; null before the
   * first sync or without a place. A member who came in after it is not listed.
   */
  membersSeenUntil: z.iso.datetime().nullable(),
})
export type RollCall = z.infer<typeof rollCallSchema>
