import type { CheckInOutcome, VisitorPass } from '@shared/schemas/visit'
import type { AccessLinks, IssuedLink } from './access-links'
import type { Visit } from './visit-model'

/**
 * The pass for a visit whose link exists, or null while it does not. A link made moments ago
 * (`freshLink`) still has its secret in the clear; only when it is the visit's current link does
 * it spare opening the sealed copy.
 */
export async function passOf(visit: Visit, links: AccessLinks, freshLink: IssuedLink | null = null): Promise<VisitorPass | null> {
  if (visit.accessState !== 'issued' || !visit.sealedLinkSecret || !visit.accessValidUntil) return null
  const current = freshLink !== null && freshLink.secretHash === visit.linkSecretHash
  return {
    visitId: visit.id,
    visitorName: visit.visitor.name,
    visitTypeName: visit.visitTypeName,
    linkUrl: current ? links.passUrlOf(freshLink.secret) : await links.passUrl(visit.sealedLinkSecret),
    passCode: visit.passCode,
    doorNames: visit.doorNames,
    validUntil: visit.accessValidUntil,
  }
}

/** What an outcome is made from besides the visit: `claimFor` hands the screen its claim on a pass still coming. */
export interface OutcomeContext {
  links: AccessLinks
  notifiesHosts: boolean
  claimFor: (visitId: string) => string
}

/**
 * What the visitor sees after checking in. A hold, a refusal by Kisi and a link still on its way
 * all send them to reception; only the last says their access is coming, and none says why.
 */
export async function outcomeOf(visit: Visit, context: OutcomeContext, freshLink: IssuedLink | null = null): Promise<CheckInOutcome> {
  const visitorName = visit.visitor.name
  if (visit.status !== 'on-site') return { outcome: 'see-reception', visitorName }
  if (visit.accessState === 'none') {
    const hostName = visit.visitor.host ?? null
    return { outcome: 'welcome', visitorName, hostName, hostNotified: context.notifiesHosts && hostName !== null }
  }
  if (visit.accessState === 'pending') return { outcome: 'access-pending', visitorName, claim: context.claimFor(visit.id) }
  const pass = await passOf(visit, context.links, freshLink)
  return pass ? { outcome: 'pass', pass } : { outcome: 'see-reception', visitorName }
}
