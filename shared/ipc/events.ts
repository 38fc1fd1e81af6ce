import { z } from 'zod'
import { accessLogEvents } from './access-log-calls'
import { kioskStatusSchema } from './kiosk-calls'
import { kisiStatusSchema } from './kisi-calls'
import { scannerEvents } from './scanner-calls'
import { visitEvents } from './visit-calls'

/** Everything main pushes to the renderer, each with the schema of its payload. */
export const kioskEvents = {
  'kiosk.statusChanged': kioskStatusSchema,
  'staff.sessionEnded': z.object({ reason: z.enum(['locked', 'expired']) }),
  'kisi.statusChanged': kisiStatusSchema,
  ...visitEvents,
  ...scannerEvents,
  ...accessLogEvents,
} as const

export type KioskEvents = typeof kioskEvents

/**
 * Who may receive each event. Staff events carry visit ids and who Kisi is connected as, so they
 * go out only while a staff session is open, like the calls that read the same data. A scan is
 * public: the welcome screen must take a visitor's invite code with no staff session open, and a
 * card number is what the card tells any reader, not a secret.
 */
export const eventAccess: Record<keyof KioskEvents, 'public' | 'staff'> = {
  'kiosk.statusChanged': 'public',
  'staff.sessionEnded': 'public',
  'kisi.statusChanged': 'staff',
  'visits.changed': 'staff',
  'visits.claimedAccessChanged': 'public',
  'scanner.scan': 'public',
  'accessLog.syncStatusChanged': 'staff',
}
export type EventName = keyof KioskEvents & string
export type EventPayload<Name extends EventName> = z.output<KioskEvents[Name]>

export const eventNames = Object.keys(kioskEvents) as EventName[]
