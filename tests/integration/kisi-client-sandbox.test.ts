import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startKisiSandbox, type KisiSandbox } from '../../electron/kisi-sandbox/kisi-sandbox'
import { createKisiClient, type KisiClient } from '../../electron/services/kisi/kisi-client'
import type { KisiHttpOptions } from '../../electron/services/kisi/kisi-http'
import { validateKisiRequest } from '../fixtures/openapi-validator'
import { startRecordingProxy, type RecordingProxy } from '../fixtures/recording-proxy'

const fastRetries = { maxRetries: 3, baseDelayMs: 20, maxDelayMs: 100 }
/** Most tests are about behaviour, not the quota, so both sides allow more than Kisi's 5/s here. */
const testRate = 50

describe('Kisi client against the sandbox: writes, faults and the wire contract', () => {
  let sandbox: KisiSandbox
  let proxy: RecordingProxy
  let client: KisiClient
  const clientWith = (options: Partial<KisiHttpOptions> = {}) =>
    createKisiClient({ baseUrl: proxy.url, apiKey: () => sandbox.apiKey, retry: fastRetries, random: () => 0.5, requestsPerSecond: testRate, ...options })

  beforeAll(async () => {
    sandbox = await startKisiSandbox({ eventSetDelayMs: 30, rateLimitPerSecond: testRate })
    proxy = await startRecordingProxy(sandbox.url)
    client = clientWith()
  })
  afterEach(() => sandbox.faults.reset())
  afterAll(async () => {
    await proxy.close()
    await sandbox.close()
  })

  const requestsSince = (mark: number) => proxy.requests.slice(mark)

  describe('operations', () => {
    it('signs in with domain, e-mail and password, and the new key works', async () => {
      const { domain, email, password } = sandbox.admin
      const login = await client.signIn({ domain, email, password, keyName: 'Frontdesk test' })
      const withNewKey = createKisiClient({ baseUrl: proxy.url, apiKey: () => login.secret })
      expect((await withNewKey.currentUser()).email).toBe(email)
    })

    it('asks for the 2FA code, refuses a wrong one and accepts the right one', async () => {
      const { domain, email, password, otp } = sandbox.adminWith2fa
      await expect(client.signIn({ domain, email, password, keyName: 'k' })).rejects.toMatchObject({ code: 'afc526' })
      await expect(client.signIn({ domain, email, password, otpCode: '000000', keyName: 'k' })).rejects.toMatchObject({ code: 'afc536' })
      expect((await client.signIn({ domain, email, password, otpCode: otp, keyName: 'k' })).secret).toBeTruthy()
      await expect(client.signIn({ domain, email, password: 'wrong', keyName: 'k' })).rejects.toMatchObject({
        code: 'afc516',
        message: 'The Kisi e-mail address or password is wrong.',
      })
    })

    it('creates a user, disables and re-enables access, and deletes them', async () => {
      const user = await client.createUser({ email: 'new.person@example.com', name: 'New Person', sendEmails: false })
      await client.setAccessEnabled(user.id, false)
      expect((await client.user(user.id)).accessEnabled).toBe(false)
      await client.setAccessEnabled(user.id, true)
      expect((await client.user(user.id)).accessEnabled).toBe(true)
      await client.deleteUser(user.id)
      await expect(client.user(user.id)).rejects.toMatchObject({ status: 404 })
    })

    it('grants a group with a validity window and revokes it', async () => {
      const [staff] = await client.groups.collect({ query: 'Staff' })
      const user = await client.createUser({ email: 'contractor@example.com', name: 'Contractor', sendEmails: false })
      const grant = await client.grantGroupAccess({
        userId: user.id,
        groupId: staff!.id,
        validFrom: '2026-12-01T08:00:00Z',
        validUntil: '2026-12-05T18:00:00Z',
      })
      expect(grant).toMatchObject({ roleId: 'group_basic', appliesToId: staff!.id, assigneeId: user.id, validUntil: '2026-12-05T18:00:00Z' })
      expect((await client.roleAssignments.collect({ assigneeType: 'User', assigneeId: user.id })).map((item) => item.id)).toEqual([grant.id])
      await client.revokeRoleAssignment(grant.id)
      expect(await client.roleAssignments.collect({ assigneeType: 'User', assigneeId: user.id })).toEqual([])
    })

    it('makes a dedicated group holding exactly the chosen doors', async () => {
      const [place] = (await client.places.page({})).items
      const doors = (await client.locks.collect({})).slice(0, 2)
      const group = await client.createGroup({ name: 'Frontdesk: doors', placeId: place!.id })
      await client.renameGroup(group.id, 'Frontdesk: two doors')
      expect((await client.group(group.id)).name).toBe('Frontdesk: two doors')
      for (const door of doors) await client.addLockToGroup(group.id, door.id)
      const held = await client.groupLocks.collect({ groupId: group.id })
      expect(held.map((item) => item.lockId).sort()).toEqual(doors.map((door) => door.id).sort())
      await client.removeGroupLock(held[0]!.id)
      expect(await client.groupLocks.collect({ groupId: group.id })).toHaveLength(1)
      await client.deleteGroup(group.id)
    })

    it('issues an access link whose secret opens the group’s doors until it is deleted', async () => {
      const [visitors] = await client.groups.collect({ query: 'Visitors' })
      const { link } = await client.createGroupLinkOnce({
        groupId: visitors!.id,
        name: 'Ada Lovelace (visit 1)',
        validFrom: new Date(Date.now() - 60_000).toISOString(),
        validUntil: new Date(Date.now() + 3_600_000).toISOString(),
      })
      const doors = await client.locksForLink(link.secret)
      expect(doors.length).toBeGreaterThan(0)
      expect(await client.unlock(doors[0]!.id, { kind: 'group-link', secret: link.secret })).toBe('Unlocked!')
      await client.deleteGroupLink(link.id)
      await expect(client.unlock(doors[0]!.id, { kind: 'group-link', secret: link.secret })).rejects.toMatchObject({
        status: 401,
        message: expect.stringContaining('access link is no longer valid'),
      })
      await expect(client.deleteGroupLink(link.id)).rejects.toMatchObject({ status: 404 })
      await expect(client.deleteGroupLinkIfPresent(link.id)).resolves.toBeUndefined()
    })

    it('refuses a link before its start with Kisi’s “not yet valid” code, in words', async () => {
      const [visitors] = await client.groups.collect({ query: 'Visitors' })
      const { link } = await client.createGroupLinkOnce({
        groupId: visitors!.id,
        name: 'Early bird (visit 2)',
        validFrom: new Date(Date.now() + 3_600_000).toISOString(),
        validUntil: new Date(Date.now() + 7_200_000).toISOString(),
      })
      const [door] = await client.groupLocks.collect({ groupId: visitors!.id })
      await expect(client.unlock(door!.lockId, { kind: 'group-link', secret: link.secret })).rejects.toMatchObject({
        code: 'f358de',
        message: 'This access is not valid yet: its start time has not come.',
      })
    })

    it('finds a card by facility code and card number', async () => {
      const [card] = (await client.cards.page({})).items
      expect(card).toBeDefined()
      const found = await client.findCards(card!.facilityCode!, card!.cardNumber!)
      expect(found.map((each) => each.id)).toEqual([card!.id])
      expect(await client.findCards(1, 999_999)).toEqual([])
    })

    it('enrols a card, assigns it by e-mail, deassigns it, and says cabbeb and faa9ef in words', async () => {
      const card = await client.createCard({ type: 'third_party_lf_hid_corporate1000_35', facilityCode: 1000, cardNumber: 77_001 })
      expect(card).toMatchObject({ type: 'third_party_lf_hid_corporate1000_35', facilityCode: 1000, cardNumber: 77_001, userId: null })
      await expect(client.createCard({ type: 'third_party_lf_hid_corporate1000_35', facilityCode: 1000, cardNumber: 77_001 })).rejects.toMatchObject({
        status: 422,
        code: 'cabbeb',
        message: 'A card with the same numbers is already enrolled in Kisi.',
      })
      const [lena] = await client.users.collect({ query: 'Lena Schulz' })
      await client.assignCard(card.id, lena!.email)
      expect((await client.findCards(1000, 77_001)).map((each) => each.userId)).toEqual([lena!.id])
      await client.deassignCard(card.id)
      expect((await client.findCards(1000, 77_001)).map((each) => each.userId)).toEqual([null])
      await expect(client.assignCard(999_999, lena!.email)).rejects.toMatchObject({ status: 404, code: 'faa9ef', message: 'Kisi does not know this card.' })
    })

    it('reads the access log through an event set, page by page', async () => {
      const [visitors] = await client.groups.collect({ query: 'Visitors' })
      const { link } = await client.createGroupLinkOnce({
        groupId: visitors!.id,
        name: 'Log check (visit 3)',
        validFrom: new Date(Date.now() - 60_000).toISOString(),
        validUntil: new Date(Date.now() + 3_600_000).toISOString(),
      })
      const [door] = await client.locksForLink(link.secret)
      await client.unlock(door!.id, { kind: 'group-link', secret: link.secret })
      const events = []
      for await (const event of client.events.events(
        { from: new Date(Date.now() - 3_600_000).toISOString(), until: new Date(Date.now() + 60_000).toISOString() },
        { pageSize: 2, pollIntervalMs: 20 },
      )) {
        events.push(event)
      }
      expect(events.some((event) => event.type === 'lock.unlock' && event.actorType === 'GroupLink' && event.success)).toBe(true)
      expect(new Set(events.map((event) => event.uuid)).size).toBe(events.length)

      const filtered = async (success: boolean) => {
        const found = []
        const query = {
          from: new Date(Date.now() - 3_600_000).toISOString(),
          until: new Date(Date.now() + 60_000).toISOString(),
          eventType: 'lock.unlock',
          actor: { type: 'GroupLink', id: link.id },
          object: { type: 'Lock', id: door!.id },
          success,
        }
        for await (const event of client.events.events(query, { pollIntervalMs: 20 })) found.push(event)
        return found
      }
      expect((await filtered(true)).map((event) => [event.actorId, event.objectId, event.success])).toEqual([[link.id, door!.id, true]])
      expect(await filtered(false)).toEqual([])
    })
  })

  describe('the wire contract', () => {
    it('sends request bodies that match Kisi’s published schemas', () => {
      const withBodies = proxy.requests.filter((request) => request.body !== undefined && !request.path.startsWith('/__sandbox'))
      // Every write the client makes, seen on the wire at least once by the operations above.
      const operations = new Set(withBodies.map((request) => `${request.method} ${request.path.replace(/\/\d+(?=\/|$)/g, '/{id}')}`))
      expect([...operations].sort()).toEqual(
        [
          'PATCH /groups/{id}',
          'PATCH /users/{id}',
          'POST /cards',
          'POST /cards/{id}/assign',
          'POST /event_sets',
          'POST /group_links',
          'POST /group_locks',
          'POST /groups',
          'POST /locks/{id}/unlock',
          'POST /logins',
          'POST /role_assignments',
          'POST /users',
        ].sort(),
      )
      for (const request of withBodies) {
        expect(validateKisiRequest({ method: request.method, path: request.path, body: request.body }), `${request.method} ${request.path}`).toEqual([])
      }
    })

    it('authenticates with KISI-LOGIN, or the link secret, and asks for JSON', () => {
      expect(proxy.requests.map((request) => request.headers['authorization'])).toContain(`KISI-LOGIN ${sandbox.apiKey}`)
      for (const request of proxy.requests.filter((candidate) => !candidate.path.startsWith('/logins'))) {
        expect(request.headers['authorization']).toMatch(/^KISI-(LOGIN|GROUP-LINK) \S+$/)
        expect(request.headers['accept']).toContain('application/json')
      }
      expect(proxy.requests.find((request) => request.path === '/logins')?.headers['authorization']).toBeUndefined()
    })
  })

  describe('pagination', () => {
    it('handles an empty list, an exact multiple of the page size and a remainder', async () => {
      expect(await client.users.collect({ query: 'nobody-matches-this' })).toEqual([])
      for (let index = 0; index < 6; index += 1) {
        await client.createUser({ email: `pager${index}@example.com`, name: `Pager ${index}`, sendEmails: false })
      }
      for (const pageSize of [3, 4, 6, 100]) {
        const mark = proxy.requests.length
        const found = await client.users.collect({ query: 'pager' }, { pageSize })
        expect(found.map((user) => user.name).sort()).toEqual(['Pager 0', 'Pager 1', 'Pager 2', 'Pager 3', 'Pager 4', 'Pager 5'])
        expect(requestsSince(mark)).toHaveLength(Math.ceil(6 / pageSize))
      }
    })

    it('never asks for more than the endpoint’s maximum page size', async () => {
      const mark = proxy.requests.length
      await client.users.page({}, { limit: 500 })
      expect(requestsSince(mark)[0]?.query.get('limit')).toBe('100')
    })
  })

  describe('faults', () => {
    it('rides out a burst of 429s on reads and writes alike', async () => {
      sandbox.faults.set({ rateLimitBurst: 2 })
      const mark = proxy.requests.length
      expect((await client.currentUser()).email).toBeTruthy()
      expect(requestsSince(mark)).toHaveLength(3)
      sandbox.faults.set({ rateLimitBurst: 1 })
      await client.createUser({ email: 'after-429@example.com', name: 'After 429', sendEmails: false })
    })

    it('gives up in plain words when Kisi keeps answering 429', async () => {
      sandbox.faults.set({ rateLimitBurst: 1_000 })
      const mark = proxy.requests.length
      await expect(client.currentUser()).rejects.toMatchObject({ status: 429, message: 'Kisi is receiving too many requests right now.', hint: expect.stringContaining('Wait') })
      expect(requestsSince(mark)).toHaveLength(1 + fastRetries.maxRetries)
      sandbox.faults.set({ rateLimitBurst: 0 })
    })

    it('carries Kisi’s 422 field messages, and never retries them', async () => {
      const mark = proxy.requests.length
      await expect(client.createUser({ email: 'not-an-address', name: 'Nobody', sendEmails: false })).rejects.toMatchObject({
        status: 422,
        message: 'Kisi did not accept the data.',
        fields: { email: [expect.any(String)] },
      })
      expect(requestsSince(mark)).toHaveLength(1)
    })

    it('retries reads through server errors, then gives up with a plain message', async () => {
      sandbox.faults.set({ errorRate: 1 })
      const mark = proxy.requests.length
      await expect(client.currentUser()).rejects.toMatchObject({ status: 503, message: 'Kisi had an unexpected problem.' })
      expect(requestsSince(mark)).toHaveLength(1 + fastRetries.maxRetries)
    })

    it('never repeats a plain write after a server error', async () => {
      sandbox.faults.set({ errorRate: 1 })
      const mark = proxy.requests.length
      await expect(client.createUser({ email: 'once@example.com', name: 'Once', sendEmails: false })).rejects.toMatchObject({ status: 503 })
      expect(requestsSince(mark)).toHaveLength(1)
    })

    it('retries a read after a dropped connection', async () => {
      sandbox.faults.set({ dropRate: 1 })
      const failing = client.currentUser()
      setTimeout(() => sandbox.faults.reset(), 30)
      expect((await failing).email).toBeTruthy()
    })

    it('leaves exactly one access link when a create’s answer is lost after Kisi made it', async () => {
      const [visitors] = await client.groups.collect({ query: 'Visitors' })
      proxy.loseNextAnswer((request) => request.method === 'POST' && request.path === '/group_links')
      const name = 'Grace Hopper (visit 42)'
      const { link } = await client.createGroupLinkOnce({
        groupId: visitors!.id,
        name,
        validFrom: new Date().toISOString(),
        validUntil: new Date(Date.now() + 3_600_000).toISOString(),
      })
      const existing = await client.findByName(visitors!.id, name)
      expect(existing.map((item) => item.id)).toEqual([link.id])
    })

    it('times out a slow answer', async () => {
      sandbox.faults.set({ latencyMs: 400 })
      const impatient = clientWith({ timeoutMs: 100, retry: { ...fastRetries, maxRetries: 0 } })
      await expect(impatient.currentUser()).rejects.toMatchObject({ code: 'timeout', status: null })
    })

    it('cancels a request in flight', async () => {
      sandbox.faults.set({ latencyMs: 400 })
      const controller = new AbortController()
      const started = Date.now()
      const pending = client.places.page({}, { signal: controller.signal })
      setTimeout(() => controller.abort(), 50)
      await expect(pending).rejects.toMatchObject({ code: 'cancelled' })
      expect(Date.now() - started).toBeLessThan(350)
    })

    it('keeps under Kisi’s five requests a second, so callers never see a 429', async () => {
      const strict = await startKisiSandbox()
      try {
        const atKisiPace = createKisiClient({ baseUrl: strict.url, apiKey: () => strict.apiKey, retry: { ...fastRetries, maxRetries: 0 } })
        const started = Date.now()
        await Promise.all(Array.from({ length: 12 }, () => atKisiPace.currentUser()))
        expect(Date.now() - started).toBeGreaterThanOrEqual(2_000)
      } finally {
        await strict.close()
      }
    })

    it('explains a 401 from a revoked key', async () => {
      const { domain, email, password } = sandbox.admin
      const login = await client.signIn({ domain, email, password, keyName: 'to revoke' })
      sandbox.revokeKey(login.secret)
      const revoked = createKisiClient({ baseUrl: proxy.url, apiKey: () => login.secret })
      await expect(revoked.currentUser()).rejects.toMatchObject({ status: 401, hint: expect.stringMatching(/changed Kisi password/) })
    })
  })
})
