import type { KisiEvent } from '../kisi/kisi-event-schemas'

/** One Kisi event as the access log keeps it (table `kisi_events`). */
export interface KisiEventRow {
  uuid: string
  placeId: number
  /** UTC ISO 8601 with milliseconds, so rows compare as text in time order. */
  at: string
  type: string
  action: string
  success: boolean
  objectType: string
  objectId: number
  objectName: string
  actorType: string | null
  actorId: number | null
  actorName: string | null
  /** The access link that acted: a visit's link, when the link was the kiosk's. */
  groupLinkId: number | null
  errorCode: string | null
  errorMessage: string | null
}

function groupLinkOf(event: KisiEvent): number | null {
  if (event.actorType === 'GroupLink') return event.actorId
  if (event.authenticatedByType === 'GroupLink') return event.authenticatedById ?? null
  return null
}

/** What the log needs of a Kisi event; null for an event of another place, which is not the kiosk's to keep. */
export function kisiEventRowOf(event: KisiEvent, placeId: number): KisiEventRow | null {
  if (event.placeId !== placeId) return null
  return {
    uuid: event.uuid,
    placeId,
    at: new Date(Date.parse(event.createdAt)).toISOString(),
    type: event.type,
    // Kisi's type is `<object>.<action>`; its `action` field repeats the second part when present.
    action: event.action ?? event.type.slice(event.type.indexOf('.') + 1),
    success: event.success,
    objectType: event.objectType,
    objectId: event.objectId,
    objectName: event.objectName,
    actorType: event.actorType,
    actorId: event.actorId,
    actorName: event.actorName,
    groupLinkId: groupLinkOf(event),
    errorCode: event.errorCode ?? (event.success ? null : (event.code ?? null)),
    // `message` describes any event; only a refused one's is an error message.
    errorMessage: event.errorMessage ?? (event.success ? null : (event.message ?? null)),
  }
}
