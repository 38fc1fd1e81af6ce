import { z } from 'zod'
import { staffRoles } from './staff-access'

/**
 * What the kiosk itself did with a visit, for the manager's access log. Kisi's own events (door
 * unlocks) live in `kisi_events`; these are the kiosk's side: who came in, who let them in, who
 * left and how, and which access links it made and removed.
 */
export const visitEventKinds = ['check-in', 'approval', 'held-for-approval', 'denied', 'check-out', 'cancelled', 'link-issued', 'link-revoked'] as const
export type VisitEventKind = (typeof visitEventKinds)[number]

/**
 * The roll call of an evacuation or a drill: staff start a drill and tick people safe. Written as
 * events so the ticks are kept in the log, after the drill as much as during it.
 */
export const rollCallEventKinds = ['drill-started', 'marked-safe'] as const
export type RollCallEventKind = (typeof rollCallEventKinds)[number]

export const kioskEventKinds = [...visitEventKinds, ...rollCallEventKinds] as const
export type KioskEventKind = (typeof kioskEventKinds)[number]

/** How it ended, for filtering a day to its problems: a denied visitor is refused, a held one waits. */
export const kioskEventOutcomes = ['succeeded', 'held', 'refused'] as const
export type KioskEventOutcome = (typeof kioskEventOutcomes)[number]

/** Who acted. Only `visitor` happens at the kiosk's own screen; `automatic` is the kiosk's set check-out time. */
export const kioskEventActors = ['visitor', 'reception', 'automatic'] as const
export type KioskEventActor = (typeof kioskEventActors)[number]

/** The visit every event is about, as the staff audit trail names it. */
const visitFacts = {
  visitId: z.string(),
  visitorName: z.string(),
  visitTypeName: z.string(),
  /** The Kisi group the visit's link opens, when its type gives door access. */
  groupName: z.string().nullable(),
  doorNames: z.array(z.string()),
}

export const kioskEventDetailSchemas = {
  'check-in': z.object({ ...visitFacts, by: z.enum(['visitor', 'reception']), invited: z.boolean() }),
  /** Reception let in a held visitor; `heldFor` says whether for approval or a deny-list match. */
  approval: z.object({ ...visitFacts, by: z.literal('reception'), heldFor: z.enum(['approval', 'deny-list']).nullable() }),
  'held-for-approval': z.object({ ...visitFacts, by: z.literal('visitor') }),
  /** The visitor matched the deny list: no access, reception decides. */
  denied: z.object({ ...visitFacts, by: z.literal('visitor') }),
  /** `method` is how a visitor found their visit: picked by name, or their pass scanned at the kiosk. */
  'check-out': z.object({ ...visitFacts, by: z.enum(kioskEventActors), method: z.enum(['name', 'pass-scan']).nullable() }),
  cancelled: z.object({ ...visitFacts, by: z.literal('reception') }),
  'link-issued': z.object({ ...visitFacts, linkId: z.int(), validUntil: z.string() }),
  /** `replaced`: an extension's new link took over; `visit-ended`: checked out or cancelled. */
  'link-revoked': z.object({ ...visitFacts, linkId: z.int(), because: z.enum(['replaced', 'visit-ended']) }),
  'drill-started': z.object({ by: z.enum(staffRoles) }),
  /** `personKey` names a visit (`visit:<id>`) or a Kisi member (`member:<user id>`); `safe: false` takes a tick back. */
  'marked-safe': z.object({ personKey: z.string(), personName: z.string(), safe: z.boolean(), by: z.enum(staffRoles) }),
} satisfies Record<KioskEventKind, z.ZodType>

export type KioskEventDetail<K extends KioskEventKind> = z.infer<(typeof kioskEventDetailSchemas)[K]>

/** One stored kiosk event; its detail fits its kind's schema. */
export type KioskEvent = {
  [K in KioskEventKind]: { id: number; at: string; kind: K; outcome: KioskEventOutcome; detail: KioskEventDetail<K> }
}[KioskEventKind]
