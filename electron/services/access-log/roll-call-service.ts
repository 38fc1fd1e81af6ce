import { startOfDay } from 'date-fns'
import { z } from 'zod'
import { failedBecause } from '@shared/errors'
import type { RollCall, RollCallPerson } from '@shared/schemas/roll-call'
import type { StaffRole } from '@shared/schemas/staff-access'
import type { SqliteDatabase } from '../database/sqlite-database'
import type { Clock } from '../ports'
import type { SettingsRepository } from '../settings/settings-repository'
import type { VisitRepository } from '../visits/visit-repository'
import type { KioskEventLog } from './kiosk-event-log'
import type { KisiEventStore } from './kisi-event-store'
import type { DrillTicks, RollCallTicks } from './roll-call-ticks'
import type { VisitLinkEvents } from './visit-link-events'

export interface RollCallDeps {
  database: SqliteDatabase
  visits: VisitRepository
  linkEvents: VisitLinkEvents
  ticks: RollCallTicks
  events: KioskEventLog
  store: KisiEventStore
  settings: SettingsRepository
  clock: Clock
}

const memberRow = z.object({ actor_id: z.int(), actor_name: z.string().nullable(), door_name: z.string(), at: z.string() })

type Unticked = Omit<RollCallPerson, 'safeAt'>

/**
 * Who may be in the building now, for an evacuation: visitors on site and the Kisi members who
 * opened a door of the kiosk's place today. Read from the local database only, so the list stands
 * when Kisi (or the whole network) does not; members are as fresh as the last sync, and say so.
 */
export class RollCallService {
  readonly #deps: RollCallDeps

  constructor(deps: RollCallDeps) {
    this.#deps = deps
  }

  rollCall(): RollCall {
    const now = this.#deps.clock.now()
    const ticks = this.#deps.ticks.current(now)
    const place = this.#deps.settings.get().kisi.place
    const members = place === null ? [] : this.#members(place.id, startOfDay(now).toISOString())
    return {
      drillStartedAt: ticks.startedAt,
      people: [...byName(this.#visitors()), ...byName(members)].map((person) => withTick(person, ticks)),
      membersSeenUntil: place === null ? null : this.#deps.store.syncState(place.id).syncedUntil,
    }
  }

  markSafe(personKey: string, safe: boolean, by: StaffRole): RollCall {
    const person = this.rollCall().people.find((candidate) => candidate.personKey === personKey)
    if (!person) throw failedBecause('not_found', 'rollCallPersonGone', {}, `${personKey} is not on the roll call`)
    const visitId = person.kind === 'visitor' ? personKey.slice('visit:'.length) : null
    this.#deps.events.recordRollCall('marked-safe', { personKey, personName: person.name, safe, by }, { visitId, person: person.name })
    return this.rollCall()
  }

  startDrill(by: StaffRole): RollCall {
    this.#deps.events.recordRollCall('drill-started', { by }, { visitId: null, person: null })
    return this.rollCall()
  }

  #visitors(): Unticked[] {
    // A visitor held for reception today is in the lobby; one held on an earlier day has gone.
    const heldSince = startOfDay(this.#deps.clock.now()).toISOString()
    const held = this.#deps.visits.withStatus('awaiting-approval').filter((visit) => visit.createdAt >= heldSince)
    const onSite = [...this.#deps.visits.withStatus('on-site'), ...held]
    const links = this.#deps.linkEvents.linksOf(onSite.map((visit) => visit.id))
    const unlocks = this.#deps.linkEvents.unlocksBy([...links.values()].flat()).filter((unlock) => unlock.succeeded)
    return onSite.map((visit) => {
      const own = new Set(links.get(visit.id) ?? [])
      const arrived = visit.checkedInAt ?? visit.createdAt
      // Only since this check-in: a link cannot have acted for a visit before it, so older rows are noise.
      const last = unlocks.findLast((unlock) => own.has(unlock.linkId) && Date.parse(unlock.at) >= Date.parse(arrived))
      const about = [visit.visitTypeName, visit.visitor.host ?? null].filter((part): part is string => part !== null && part !== '').join(' · ')
      return { personKey: `visit:${visit.id}`, kind: 'visitor' as const, name: visit.visitor.name, about, lastSeenAt: last?.at ?? arrived, lastDoor: last?.doorName ?? null }
    })
  }

  /**
   * Members with a granted unlock today, by a user rather than a link: a visitor's link (ours or
   * another kiosk's) is no member. SQLite gives the bare columns of the row holding MAX(at).
   */
  #members(placeId: number, since: string): Unticked[] {
    const rows = this.#deps.database.all(
      `SELECT actor_id, actor_name, object_name AS door_name, MAX(at) AS at FROM kisi_events
       WHERE place_id = ? AND at >= ? AND action = 'unlock' AND success = 1 AND actor_type = 'User' AND actor_id IS NOT NULL AND group_link_id IS NULL
       GROUP BY actor_id`,
      memberRow,
      [placeId, since],
    )
    return rows.map((row) => ({ personKey: `member:${row.actor_id}`, kind: 'member' as const, name: row.actor_name ?? `#${row.actor_id}`, about: null, lastSeenAt: row.at, lastDoor: row.door_name }))
  }
}

function byName(people: Unticked[]): Unticked[] {
  return [...people].sort((a, b) => a.name.localeCompare(b.name))
}

function withTick(person: Unticked, ticks: DrillTicks): RollCallPerson {
  return { ...person, safeAt: ticks.safeSince.get(person.personKey) ?? null }
}
