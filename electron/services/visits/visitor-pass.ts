import type { CheckInOutcome, VisitorPass } from '@shared/schemas/visit'
import type { AccessLinks } from './access-links'
import type { Visit } from './visit'

/** The pass for a visit whose link exists, or null while it does not. */
export async function passOf(visit: Visit, links: AccessLinks): Promise<VisitorPass | null> {
  if (visit.accessState !== 'issued' || !visit.sealedLinkSecret || !visit.accessValidUntil) return null
  return {
    visitId: visit.id,
    visitorName: visit.visitor.name,
    visitTypeName: visit.visitTypeName,
    linkUrl: await links.passUrl(visit.sealedLinkSecret),
    doorNames: visit.doorNames,
    validUntil: visit.accessValidUntil,
  }
}

/**
 * What the visitor sees after checking in. A hold, a refusal by Kisi and a link still on its way
 * all send them to reception; only the last says their access is coming, and none says why.
 */
export async function outcomeOf(visit: Visit, links: AccessLinks, notifiesHosts: boolean): Promise<CheckInOutcome> {
  const visitorName = visit.visitor.name
  if (visit.status !== 'on-site') return { outcome: 'see-reception', visitorName }
  if (visit.accessState === 'none') {
    const hostName = visit.visitor.host ?? null
    return { outcome: 'welcome', visitorName, hostName, hostNotified: notifiesHosts && hostName !== null }
  }
  if (visit.accessState === 'pending') return { outcome: 'access-pending', visitorName }
  const pass = await passOf(visit, links)
  return pass ? { outcome: 'pass', pass } : { outcome: 'see-reception', visitorName }
}
