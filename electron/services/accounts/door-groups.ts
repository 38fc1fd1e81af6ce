import type { KisiClient } from '../kisi/kisi-client'
import type { KisiGroup, KisiLock } from '../kisi/kisi-schemas'

const marker = /\[doors:([\d,]+)\]$/

/** `Frontdesk: Main Entrance + Reception [doors:1003,1004]`: readable, and found again by its marker. */
export function doorGroupName(doors: readonly Pick<KisiLock, 'id' | 'name'>[]): string {
  const ids = doors.map((door) => door.id).sort((a, b) => a - b)
  const names = doors.map((door) => door.name).join(' + ')
  return `Frontdesk: ${names.length > 120 ? `${names.slice(0, 117)}…` : names} [doors:${ids.join(',')}]`
}

export function isDoorGroup(name: string): boolean {
  return marker.test(name)
}

/**
 * The group holding exactly these doors: the one made last time if Kisi still has it (found by its
 * door marker, so a renamed door does not make a second group; its name and doors are put right),
 * else a new one. A door selection is never duplicated.
 */
export async function doorGroupFor(client: KisiClient, doors: readonly KisiLock[]): Promise<{ group: KisiGroup; created: boolean }> {
  const name = doorGroupName(doors)
  const doorMarker = name.slice(name.lastIndexOf('['))
  // Groups are few; listing them all avoids trusting Kisi's free-text search with brackets.
  const existing = (await client.groups.collect({})).find((group) => group.name.endsWith(doorMarker))
  if (existing && existing.name !== name) await client.renameGroup(existing.id, name)
  const group = existing ?? (await client.createGroup({ name, placeId: doors[0]?.placeId ?? 0, description: 'Made by Frontdesk for a chosen set of doors.' }))
  const wanted = new Set(doors.map((door) => door.id))
  const held = await client.groupLocks.collect({ groupId: group.id })
  for (const extra of held.filter((item) => !wanted.has(item.lockId))) await client.removeGroupLock(extra.id)
  const heldIds = new Set(held.map((item) => item.lockId))
  for (const door of doors.filter((candidate) => !heldIds.has(candidate.id))) await client.addLockToGroup(group.id, door.id)
  return { group, created: !existing }
}
