import { diagnoseUnlock } from '@shared/domain/unlock-diagnosis'
import { failedBecause } from '@shared/errors'
import type { Diagnosis, Door } from '@shared/schemas/account'
import type { Clock } from '../ports'
import type { KisiConnection } from '../kisi/kisi-connection'
import type { KisiLock } from '../kisi/kisi-schemas'
import type { SettingsRepository } from '../settings/settings-repository'
import { lastRefusedUnlock } from './last-refusal'
import type { PlaceDoors } from './place-doors'

export function doorOf(lock: KisiLock): Door {
  return {
    id: lock.id,
    name: lock.name,
    online: lock.online ?? null,
    readerRestricted: lock.readerRestrictionEnabled ?? false,
    lockedDown: lock.lockedDown ?? false,
  }
}

/** The doors of the kiosk's place: list, unlock from the console, and explain a failing unlock. */
export class DoorService {
  readonly #connection: KisiConnection
  readonly #settings: SettingsRepository
  readonly #clock: Clock
  readonly #placeDoors: PlaceDoors

  constructor(connection: KisiConnection, settings: SettingsRepository, clock: Clock, placeDoors: PlaceDoors) {
    this.#connection = connection
    this.#settings = settings
    this.#clock = clock
    this.#placeDoors = placeDoors
  }

  list(): Promise<Door[]> {
    const place = this.#settings.get().kisi.place
    return this.#connection.call(async (client) => (await client.locks.collect(place ? { placeId: place.id } : {})).map(doorOf))
  }

  /** A cloud unlock with the kiosk's key, of a door at this kiosk's place; Kisi's refusal (e.g. its Reader Restriction) comes back in words. */
  unlock(lockId: number): Promise<{ message: string }> {
    if (!this.#settings.get().kisi.inAppUnlock) {
      return Promise.reject(failedBecause('not_available', 'inAppUnlockOff', {}, 'In-app unlock is switched off'))
    }
    return this.#connection.call(async (client) => {
      await this.#placeDoors.door(client, lockId)
      return { message: await client.unlock(lockId) }
    })
  }

  diagnose(userId: number, lockId: number): Promise<Diagnosis> {
    return this.#connection.call(async (client) => {
      const lock = await this.#placeDoors.door(client, lockId)
      const [user, assignments] = await Promise.all([client.user(userId), client.roleAssignments.collect({ assigneeType: 'User', assigneeId: userId })])
      const [place, lastRefusal] = await Promise.all([client.place(lock.placeId), lastRefusedUnlock(client, userId, lockId, this.#clock.now())])
      const groupAssignments = assignments.filter((assignment) => assignment.appliesToType === 'Group')
      return diagnoseUnlock(
        {
          inAppUnlockAllowed: this.#settings.get().kisi.inAppUnlock,
          user: { name: user.name, accessEnabled: user.accessEnabled },
          door: {
            name: lock.name,
            online: lock.online ?? null,
            lockedDown: lock.lockedDown ?? false,
            readerRestricted: lock.readerRestrictionEnabled ?? false,
            placeLockedDown: place.lockedDown ?? false,
          },
          lastRefusal,
          assignments: await Promise.all(
            groupAssignments.map(async (assignment) => {
              const [group, holding] = await Promise.all([
                client.group(assignment.appliesToId),
                client.groupLocks.collect({ groupId: assignment.appliesToId, lockId }),
              ])
              return {
                groupName: group.name,
                holdsDoor: holding.some((item) => item.lockId === lockId),
                readerRestricted: group.readerRestrictionEnabled,
                validFrom: assignment.validFrom ?? null,
                validUntil: assignment.validUntil ?? null,
              }
            }),
          ),
        },
        this.#clock.now(),
      )
    })
  }

}
