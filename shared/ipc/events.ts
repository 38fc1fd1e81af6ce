import { z } from 'zod'
import { kioskStatusSchema } from './kiosk-calls'
import { kisiStatusSchema } from './kisi-calls'
import { visitEvents } from './visit-calls'

/** Everything main pushes to the renderer, each with the schema of its payload. */
export const kioskEvents = {
  'kiosk.statusChanged': kioskStatusSchema,
  'staff.sessionEnded': z.object({ reason: z.enum(['locked', 'expired']) }),
  'kisi.statusChanged': kisiStatusSchema,
  ...visitEvents,
} as const

export type KioskEvents = typeof kioskEvents
export type EventName = keyof KioskEvents & string
export type EventPayload<Name extends EventName> = z.output<KioskEvents[Name]>

export const eventNames = Object.keys(kioskEvents) as EventName[]
