import type { CheckInOutcome, VisitorPass } from '@shared/schemas/visit'
import type { AccessLinks } from './access-links'
import { doorNamesOf, toStaffVisit, type VisitRow } from './visit-row'

/** The pass for a visit whose link exists, or null while it does not. */
export async function passOf(row: VisitRow, links: AccessLinks): Promise<VisitorPass | null> {
  if (row.access_state !== 'issued' || !row.link_secret_sealed || !row.access_valid_until) return null
  return {
    visitId: row.id,
    visitorName: row.visitor_name,
    visitTypeName: row.visit_type_name,
    linkUrl: await links.passUrl(row.link_secret_sealed),
    doorNames: doorNamesOf(row),
    validUntil: row.access_valid_until,
  }
}

/**
 * What the visitor sees after checking in. A hold, a refusal by Kisi and a link still on its way
 * all send them to reception; only the last says their access is coming, and none says why.
 */
export async function outcomeOf(row: VisitRow, links: AccessLinks, notifiesHosts: boolean): Promise<CheckInOutcome> {
  const visitorName = row.visitor_name
  if (row.status !== 'on-site') return { outcome: 'see-reception', visitorName }
  if (row.access_state === 'none') {
    const hostName = toStaffVisit(row).visitor.host ?? null
    return { outcome: 'welcome', visitorName, hostName, hostNotified: notifiesHosts && hostName !== null }
  }
  if (row.access_state === 'pending') return { outcome: 'access-pending', visitorName }
  const pass = await passOf(row, links)
  return pass ? { outcome: 'pass', pass } : { outcome: 'see-reception', visitorName }
}
