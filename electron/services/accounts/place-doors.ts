import { failedBecause } from '@shared/errors'
import type { KisiGroupChoice } from '@shared/ipc/kisi-calls'
import { groupChoices } from '../kisi/group-choices'
import type { KisiClient } from '../kisi/kisi-client'
import type { KisiGroup, KisiLock } from '../kisi/kisi-schemas'
import type { SettingsRepository } from '../settings/settings-repository'

/**
 * The doors staff may act on from this kiosk: those of the place the manager chose. The kiosk's key
 * usually reaches every place of the organisation, so without this a reception PIN here could open,
 * grant or probe doors at another site. Until a place is chosen, no door is this kiosk's.
 */
export class PlaceDoors {
  readonly #settings: SettingsRepository

  constructor(settings: SettingsRepository) {
    this.#settings = settings
  }

  /** Reads the door and refuses it unless it is at the chosen place. */
  async door(client: KisiClient, lockId: number): Promise<KisiLock> {
    const place = this.#place()
    const door = await client.lock(lockId)
    this.#requireAt(place, [door])
    return door
  }

  /** Reads every one of these doors, all at the chosen place, before anything is changed. */
  async doors(client: KisiClient, lockIds: readonly number[]): Promise<KisiLock[]> {
    const place = this.#place()
    const doors = (await client.locks.collect({ ids: lockIds.join(',') })).filter((door) => lockIds.includes(door.id))
    if (doors.length !== lockIds.length) throw failedBecause('not_found', 'doorGone', {}, 'A chosen door no longer exists in Kisi')
    this.#requireAt(place, doors)
    return doors
  }

  /**
   * Reads every one of these groups, all of the chosen place, before anything is changed. A group of
   * the whole organisation (no place) may hold doors anywhere, so it is refused as well.
   */
  async groups(client: KisiClient, groupIds: readonly number[]): Promise<KisiGroup[]> {
    if (groupIds.length === 0) return []
    const place = this.#place()
    const groups = await Promise.all(groupIds.map((groupId) => client.group(groupId)))
    const elsewhere = groups.find((group) => group.placeId !== place.id)
    if (elsewhere) {
      throw failedBecause('forbidden', 'groupOutsidePlace', { group: elsewhere.name, place: place.name }, `Group ${elsewhere.id} is not of ${place.name}, the place this kiosk serves`)
    }
    return groups
  }

  /** The chosen place's groups, the only ones staff here may give access through. */
  groupChoices(client: KisiClient): Promise<KisiGroupChoice[]> {
    return groupChoices(client, this.#place().id)
  }

  #place(): { id: number; name: string } {
    const place = this.#settings.get().kisi.place
    if (!place) throw failedBecause('not_available', 'kisiPlaceNotChosen', {}, 'No Kisi place is chosen for this kiosk, so it has no doors yet')
    return place
  }

  #requireAt(place: { id: number; name: string }, doors: readonly KisiLock[]): void {
    const elsewhere = doors.find((door) => door.placeId !== place.id)
    if (elsewhere) throw failedBecause('forbidden', 'doorOutsidePlace', { place: place.name }, `Door ${elsewhere.id} is not at ${place.name}, the place this kiosk serves`)
  }
}
