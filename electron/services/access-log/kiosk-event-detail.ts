import { format } from 'date-fns'
import type { AccessLogKind } from '@shared/schemas/access-log'
import { parsedJson } from './kiosk-event-log'
import { kioskEventDetailSchemas, kioskEventKinds, type KioskEventDetail, type KioskEventKind } from '@shared/schemas/kiosk-event'

const doorsOf = (detail: { doorNames: string[] }): string => (detail.doorNames.length > 0 ? `; doors: ${detail.doorNames.join(', ')}` : '')

/**
 * The line a kiosk event shows in the day's log and its export, in the words the staff audit trail
 * uses: who acted and how, the visit type, and the doors a link opens.
 */
const describe: { [K in KioskEventKind]: (detail: KioskEventDetail<K>) => string } = {
  'check-in': (detail) => `${detail.visitTypeName}, checked in by ${detail.by === 'visitor' ? 'the visitor' : 'reception'}${detail.invited ? ', invited' : ''}`,
  approval: (detail) => `${detail.visitTypeName}, let in by reception${detail.heldFor === 'deny-list' ? ' after a deny-list match' : ''}`,
  'held-for-approval': (detail) => `${detail.visitTypeName}, waits for reception’s approval`,
  denied: (detail) => `${detail.visitTypeName}, matched the deny list; reception decides`,
  'check-out': (detail) =>
    detail.by === 'automatic'
      ? 'checked out automatically at the set time'
      : detail.by === 'reception'
        ? 'checked out by reception'
        : `checked out by the visitor, ${detail.method === 'pass-scan' ? 'scanning their pass' : 'by name'}`,
  cancelled: () => 'cancelled by reception',
  'link-issued': (detail) => `access link ${detail.linkId}, valid until ${format(new Date(detail.validUntil), 'HH:mm')}${doorsOf(detail)}`,
  'link-revoked': (detail) => `access link ${detail.linkId} removed, ${detail.because === 'replaced' ? 'replaced by a new link' : 'the visit ended'}`,
  'drill-started': (detail) => `a new roll call drill started by ${detail.by}`,
  'marked-safe': (detail) => `${detail.safe ? 'marked safe' : 'safe tick taken back'} on the roll call by ${detail.by}`,
}

function isKioskKind(kind: AccessLogKind): kind is KioskEventKind {
  return (kioskEventKinds as readonly string[]).includes(kind)
}

/** Empty for facts that do not fit their kind (a hand-edited row): the line still shows, without them. */
export function kioskEventDetailText(kind: AccessLogKind, facts: string): string {
  if (!isKioskKind(kind)) return ''
  const parsed = kioskEventDetailSchemas[kind].safeParse(parsedJson(facts))
  return parsed.success ? (describe[kind] as (detail: unknown) => string)(parsed.data) : ''
}
