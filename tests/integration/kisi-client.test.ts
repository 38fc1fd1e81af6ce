import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createKisiClient, type KisiClient } from '../../electron/services/kisi/kisi-client'
import { kisiTargets } from '../fixtures/kisi-targets'

/** Read-only operations, safe against any organisation: this suite runs against the real Kisi too. */
for (const target of kisiTargets()) {
  describe(`Kisi client against ${target.name}`, () => {
    let client: KisiClient
    let baseUrl: string
    let stop: () => Promise<void>

    beforeAll(async () => {
      const started = await target.start()
      stop = started.stop
      baseUrl = started.baseUrl
      client = createKisiClient({ baseUrl, apiKey: () => started.apiKey })
    })
    afterAll(() => stop())

    it('checks the key by reading the current user and organisation', async () => {
      const user = await client.currentUser()
      expect(user.email).toMatch(/@/)
      expect(user.organization?.domain).toBeTruthy()
    })

    it('lists places, and reads one by id', async () => {
      const { items, range } = await client.places.page({})
      expect(range?.total).toBe(items.length)
      if (items[0]) expect((await client.place(items[0].id)).name).toBe(items[0].name)
    })

    it('lists groups with their restriction flags', async () => {
      const groups = await client.groups.collect({})
      for (const group of groups) {
        expect(typeof group.readerRestrictionEnabled).toBe('boolean')
        expect(typeof group.geofenceRestrictionEnabled).toBe('boolean')
      }
    })

    it('walks every door and the doors of each group', async () => {
      const locks = await client.locks.collect({})
      const ids = new Set(locks.map((lock) => lock.id))
      expect(ids.size).toBe(locks.length)
      const [group] = await client.groups.collect({})
      if (group) {
        for (const groupLock of await client.groupLocks.collect({ groupId: group.id })) expect(groupLock.groupId).toBe(group.id)
      }
    })

    it('pages users and reports the total', async () => {
      const first = await client.users.page({}, { limit: 2 })
      expect(first.items.length).toBeLessThanOrEqual(2)
      const everyone = await client.users.collect({}, { pageSize: 2 })
      expect(everyone.length).toBe(first.range?.total ?? everyone.length)
    })

    it('lists the access links of a group', async () => {
      const [group] = await client.groups.collect({})
      if (group) for (const link of await client.groupLinks.collect({ groupId: group.id })) expect(link.groupId).toBe(group.id)
    })

    it('refuses a wrong key with the reconnect message', async () => {
      const wrong = createKisiClient({ baseUrl, apiKey: () => 'not-a-real-key' })
      await expect(wrong.currentUser()).rejects.toMatchObject({ status: 401, message: 'The Kisi API key is no longer valid.' })
    })
  })
}
