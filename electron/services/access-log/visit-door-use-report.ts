import type { VisitDoorFlag, VisitDoors, VisitDoorsDay, VisitDoorUse } from '@shared/schemas/visit-door-use'
import type { Visit } from '../visits/visit-model'
import type { VisitRepository } from '../visits/visit-repository'
import { dayBounds } from './access-log-day'
import type { LinkUnlock, VisitLinkEvents } from './visit-link-events'

export interface VisitDoorUseDeps {
  visits: VisitRepository
  linkEvents: VisitLinkEvents
  /** How far the kiosk's copy of Kisi's events reaches; null before the first sync. */
  syncedUntil: () => string | null
}

const after = (time: string, limit: string | null): boolean => limit !== null && Date.parse(time) > Date.parse(limit)
const before = (time: string, limit: string | null): boolean => limit !== null && Date.parse(time) < Date.parse(limit)

function useOf(visit: Visit, unlock: LinkUnlock): VisitDoorUse {
  return {
    ...unlock,
    afterCheckOut: after(unlock.at, visit.checkedOutAt),
    outsideWindow: before(unlock.at, visit.accessValidFrom) || after(unlock.at, visit.accessValidUntil),
  }
}

/**
 * A refused attempt shows Kisi did its job, so only doors actually opened raise "after check-out"
 * or "outside the window"; any attempt, refused or not, means the link was used. "Never used" is
 * said only of a visit that has ended and whose end Kisi's copy reaches past; before that, a link
 * without uses is only "not used yet".
 */
function flagsOf(visit: Visit, linkIds: readonly number[], uses: readonly VisitDoorUse[], syncedUntil: string | null): VisitDoorFlag[] {
  const flags: VisitDoorFlag[] = []
  const known = visit.checkedOutAt !== null && syncedUntil !== null && !before(syncedUntil, visit.checkedOutAt)
  if (linkIds.length > 0 && uses.length === 0) flags.push(known ? 'never-used' : 'not-used-yet')
  if (uses.some((use) => use.succeeded && use.afterCheckOut)) flags.push('used-after-check-out')
  if (uses.some((use) => use.succeeded && use.outsideWindow)) flags.push('used-outside-window')
  return flags
}

/**
 * The visits of a day joined to their doors: for each visit in the building that day, or whose
 * links tried a door that day, every unlock attempt of every link it had. All from the local
 * database, so a day opens with Kisi unreachable.
 */
export class VisitDoorUseReport {
  readonly #deps: VisitDoorUseDeps

  constructor(deps: VisitDoorUseDeps) {
    this.#deps = deps
  }

  forDay(day: string): VisitDoorsDay {
    const { visits, linkEvents } = this.#deps
    const { from, until } = dayBounds(day)
    const present = visits.presentBetween(from, until)
    const presentIds = new Set(present.map((visit) => visit.id))
    const actedOnly = linkEvents
      .visitsActingBetween(from, until)
      .filter((id) => !presentIds.has(id))
      .flatMap((id) => visits.find(id) ?? [])
    const all = [...present, ...actedOnly].sort((a, b) => startOf(b).localeCompare(startOf(a)))
    const links = linkEvents.linksOf(all.map((visit) => visit.id))
    const unlocks = linkEvents.unlocksBy([...links.values()].flat())
    const syncedUntil = this.#deps.syncedUntil()
    return { visits: all.map((visit) => this.#doorsOf(visit, links.get(visit.id) ?? [], unlocks, syncedUntil)), syncedUntil }
  }

  #doorsOf(visit: Visit, linkIds: number[], unlocks: readonly LinkUnlock[], syncedUntil: string | null): VisitDoors {
    const own = new Set(linkIds)
    const uses = unlocks.filter((unlock) => own.has(unlock.linkId)).map((unlock) => useOf(visit, unlock))
    return {
      visitId: visit.id,
      visitorName: visit.visitor.name,
      visitTypeName: visit.visitTypeName,
      status: visit.status,
      checkedInAt: visit.checkedInAt,
      checkedOutAt: visit.checkedOutAt,
      accessValidFrom: visit.accessValidFrom,
      accessValidUntil: visit.accessValidUntil,
      linkIds,
      uses,
      flags: flagsOf(visit, linkIds, uses, syncedUntil),
    }
  }
}

/** Newest visit first, as reception's list shows them. */
function startOf(visit: Visit): string {
  return new Date(visit.checkedInAt ?? visit.createdAt).toISOString()
}
