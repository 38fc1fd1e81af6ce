import type { StaffVisit } from '@shared/schemas/visit'
import type { KisiGroupLink } from '../kisi/kisi-schemas'
import type { LinkJobs } from './link-jobs'
import type { VisitPolicyStore } from './visit-policies'
import type { VisitRepository } from './visit-repository'
import { parseLinkName, type AccessLinks } from './access-links'

/** A link of ours younger than this may still be on its way into the database; leave it alone. */
const settleMs = 5 * 60_000

/**
 * Compares this kiosk's visits with the links Kisi actually holds: a link deleted in the Kisi
 * dashboard (or by another kiosk) marks the visit's access revoked; a link of ours that should not
 * exist (its visit left, or a duplicate from a lost answer) is deleted, and so is a link made for a
 * visit of a database this kiosk lost (those visits are gone, and their links must not stay
 * usable); links other kiosks issued are shown to reception as their visits.
 */
export class LinkReconciler {
  readonly #repository: VisitRepository
  readonly #jobs: LinkJobs
  readonly #links: AccessLinks
  readonly #policies: VisitPolicyStore
  readonly #changed: (visitId: string | null) => void
  readonly #madeByLostDatabase: (linkKey: string, linkCreatedAt: string | undefined) => boolean
  #otherKiosks: StaffVisit[] = []

  constructor(
    repository: VisitRepository,
    jobs: LinkJobs,
    links: AccessLinks,
    policies: VisitPolicyStore,
    changed: (visitId: string | null) => void,
    madeByLostDatabase: (linkKey: string, linkCreatedAt: string | undefined) => boolean,
  ) {
    this.#repository = repository
    this.#jobs = jobs
    this.#links = links
    this.#policies = policies
    this.#changed = changed
    this.#madeByLostDatabase = madeByLostDatabase
  }

  /** Visits known only from another kiosk's links, as of the last reconciliation. */
  otherKioskVisits(): StaffVisit[] {
    return this.#otherKiosks
  }

  async reconcile(now: Date): Promise<void> {
    const onSite = this.#repository.withStatus('on-site')
    const groupIds = new Set<number>([
      ...this.#policies.get().visitTypes.flatMap((type) => (type.access ? [type.access.groupId] : [])),
      ...onSite.flatMap((visit) => (visit.accessGroupId === null ? [] : [visit.accessGroupId])),
    ])
    const marked: KisiGroupLink[] = []
    for (const groupId of groupIds) marked.push(...(await this.#links.markedLinks(groupId)))

    const liveLinkIds = new Set(marked.map((link) => link.id))
    for (const visit of onSite) {
      if (visit.accessState !== 'issued' || visit.linkId === null || liveLinkIds.has(visit.linkId)) continue
      if (this.#repository.markRevokedIfUnchanged(visit.id, visit.linkId, { what: 'removed-in-kisi', reason: null, params: {} }, now.toISOString())) {
        this.#changed(visit.id)
      }
    }
    await this.#removeStrays(marked, now)

    const previous = JSON.stringify(this.#otherKiosks)
    this.#otherKiosks = marked.flatMap((link) => {
      const parsed = parseLinkName(link.name)
      if (!parsed || this.#repository.findByLinkKey(parsed.key) || this.#madeByLostDatabase(parsed.key, link.createdAt)) return []
      return [remoteVisit(link, parsed.label)]
    })
    if (JSON.stringify(this.#otherKiosks) !== previous) this.#changed(null)
  }

  /** Deletes links of our own visits that no current visit owns: a missed revoke, a duplicate, a lost database's. */
  async #removeStrays(marked: readonly KisiGroupLink[], now: Date): Promise<void> {
    for (const link of marked) {
      const parsed = parseLinkName(link.name)
      const visit = parsed ? this.#repository.findByLinkKey(parsed.key) : undefined
      if (parsed && !visit && this.#madeByLostDatabase(parsed.key, link.createdAt)) await this.#links.remove(link.id)
      if (!visit || this.#jobs.hasIssue(visit.id)) continue
      const onSite = visit.status === 'on-site'
      if (onSite && visit.linkId === link.id) continue
      const settled = link.createdAt === undefined || now.getTime() - Date.parse(link.createdAt) > settleMs
      if (onSite && !settled) continue
      await this.#links.remove(link.id)
    }
  }
}

function remoteVisit(link: KisiGroupLink, label: string): StaffVisit {
  const typed = /^(.*) \((.+)\)$/.exec(label)
  return {
    id: `kisi-link-${link.id}`,
    origin: 'other-kiosk',
    visitTypeId: '',
    visitTypeName: typed?.[2] ?? 'Visit',
    visitor: { name: typed?.[1] ?? label },
    status: 'on-site',
    holdReason: null,
    access: { state: 'issued', groupName: null, validFrom: link.validFrom, validUntil: link.validUntil, problem: null },
    expectedAt: null,
    checkedInAt: link.createdAt ?? null,
    checkedOutAt: null,
    autoCheckOutAt: null,
    inviteCode: null,
    agreementVersion: null,
    agreementAcceptance: null,
    passCode: null,
  }
}
