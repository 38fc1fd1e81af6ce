import type { KisiGroupChoice } from '@shared/ipc/kisi-calls'
import type { KisiClient } from './kisi-client'

/** Every group with its doors and whether its Kisi Reader Restriction is on, for pickers in the console. */
export async function groupChoices(client: KisiClient): Promise<KisiGroupChoice[]> {
  const groups = await client.groups.collect({})
  return Promise.all(
    groups.map(async (group) => ({
      id: group.id,
      name: group.name,
      readerRestricted: group.readerRestrictionEnabled,
      doorNames: (await client.groupLocks.collect({ groupId: group.id })).map((item) => item.lock?.name ?? `Door ${item.lockId}`),
    })),
  )
}
