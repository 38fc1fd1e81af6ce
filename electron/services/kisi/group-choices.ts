import type { KisiGroupChoice } from '@shared/ipc/kisi-calls'
import type { KisiClient } from './kisi-client'

/**
 * Every group (or every group of one place) with its doors and whether its Kisi Reader Restriction is
 * on, for pickers in the console.
 */
export async function groupChoices(client: KisiClient, placeId?: number): Promise<KisiGroupChoice[]> {
  const groups = await client.groups.collect(placeId === undefined ? {} : { placeId })
  return Promise.all(
    groups.map(async (group) => ({
      id: group.id,
      name: group.name,
      readerRestricted: group.readerRestrictionEnabled,
      doorNames: (await client.groupLocks.collect({ groupId: group.id })).map((item) => item.lock?.name ?? `Door ${item.lockId}`),
    })),
  )
}
