import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type KisiSandbox, startKisiSandbox } from '../../electron/kisi-sandbox/kisi-sandbox'
import { validateKisiRequest, validateKisiResponse } from '../fixtures/openapi-validator'
import { field, items, type KisiAnswer, type KisiCallOptions, kisiCaller } from './kisi-http'

/**
 * Every operation the kiosk uses, called with plain fetch and checked against Kisi's published
 * OpenAPI schemas: status, body shape (closed schemas: no missing or extra keys) and, for lists,
 * the X-Collection-Range header. Request bodies are checked against the same files.
 */
describe('Kisi sandbox wire contract', () => {
  let sandbox: KisiSandbox
  let call: ReturnType<typeof kisiCaller>

  beforeAll(async () => {
    // The quota is tested in the behaviour suite; here it would only slow the walk down.
    sandbox = await startKisiSandbox({ rateLimitPerSecond: 10_000, eventSetsPerSecond: 100, eventSetDelayMs: 0 })
    call = kisiCaller(sandbox.url, () => sandbox.apiKey)
  })
  afterAll(() => sandbox.close())

  async function expectContract(method: string, template: string, path: string, status: number, options: KisiCallOptions = {}): Promise<KisiAnswer> {
    if (options.body !== undefined) expect(validateKisiRequest({ method, path: template, body: options.body })).toEqual([])
    const answer = await call(method, path, options)
    expect(answer.status, JSON.stringify(answer.body)).toBe(status)
    expect(validateKisiResponse({ method, path: template, status, body: answer.body, headers: answer.headers })).toEqual([])
    return answer
  }

  const idOf = (answer: KisiAnswer): number => field<number>(answer.body, 'id')
  const firstId = async (path: string): Promise<number> => field<number>(items((await call('GET', path)).body)[0], 'id')
  const groupNamed = async (name: string): Promise<number> => firstId(`/groups?query=${encodeURIComponent(name)}`)

  describe('logins and the current user', () => {
    it('POST /logins signs in with domain, e-mail and password', async () => {
      const { domain, email, password } = sandbox.admin
      const answer = await expectContract('POST', '/logins', '/logins', 200, { key: null, body: { login: { type: 'api', name: 'Contract test' }, user: { domain, email, password } } })
      expect(field(answer.body, 'authentication_token')).toBe(field(answer.body, 'secret'))
    })

    it('POST /logins signs in a 2FA user with otp_attempt', async () => {
      const { domain, email, password, otp } = sandbox.adminWith2fa
      await expectContract('POST', '/logins', '/logins', 200, { key: null, body: { login: { type: 'device' }, user: { domain, email, password, otp_attempt: otp } } })
    })

    it('POST /logins refuses a wrong password with an Error body', async () => {
      const body = { login: { type: 'device' }, user: { domain: 'demo', email: sandbox.admin.email, password: 'nope' } }
      expect(field((await expectContract('POST', '/logins', '/logins', 401, { key: null, body })).body, 'code')).toBe('afc516')
    })

    it('POST /logins on behalf of a managed user (admin key, no user object) answers a valid Login', async () => {
      // Kisi's how-to omits `user`, which SPEC marks required, so only the response is checked here.
      const answer = await call('POST', '/logins', { body: { login: { type: 'device', email: 'alex.berger@demo.example', expire: 'false' } } })
      expect(answer.status).toBe(200)
      expect(validateKisiResponse({ method: 'POST', path: '/logins', status: 200, body: answer.body })).toEqual([])
    })

    it('GET /user describes the key owner and the organisation', async () => {
      const answer = await expectContract('GET', '/user', '/user', 200)
      expect(field(answer.body, 'organization')).toEqual({ id: expect.any(Number), resource_type: 'Organization', name: 'Demo Organization', domain: 'demo' })
    })
  })

  describe('places, locks and unlock', () => {
    it('GET /places and GET /places/{id}', async () => {
      const list = await expectContract('GET', '/places', '/places', 200)
      expect(list.headers.get('x-collection-range')).toBe('0-49/2')
      await expectContract('GET', '/places/{id}', `/places/${await firstId('/places')}`, 200)
    })

    it('GET /locks with filters, GET /locks/{id}, and unlock', async () => {
      const list = await expectContract('GET', '/locks', '/locks?query=main&limit=5', 200)
      expect(items(list.body).map((lock) => lock['name'])).toEqual(['Main Entrance'])
      const id = field<number>(items(list.body)[0], 'id')
      await expectContract('GET', '/locks/{id}', `/locks/${id}`, 200)
      const unlock = await expectContract('POST', '/locks/{id}/unlock', `/locks/${id}/unlock`, 200, { body: {} })
      expect(unlock.body).toEqual({ message: 'Unlocked!' })
    })

    it('unlock refusals are Error bodies with declared statuses (403, 404, 409, 503)', async () => {
      const serverRoom = await firstId('/locks?query=server')
      const code = async (lockPath: string, status: number) => field((await expectContract('POST', '/locks/{id}/unlock', lockPath, status, { body: {} })).body, 'code')
      expect(await code(`/locks/${serverRoom}/unlock`, 403)).toBe('bb5bff')
      await expectContract('POST', '/locks/{id}/unlock', '/locks/999999/unlock', 404, { body: {} })
      const roof = await firstId('/locks?query=roof')
      expect(await code(`/locks/${roof}/unlock`, 503)).toBe('fac001')
      const reception = sandbox.state.locks.find((lock) => lock.name === 'Reception')!
      reception.lockedDownSince = Date.now()
      try {
        expect(await code(`/locks/${reception.id}/unlock`, 409)).toBe('fad001')
      } finally {
        reception.lockedDownSince = null
      }
    })
  })

  describe('groups and group locks', () => {
    it('lists, filters, creates, shows, updates and deletes a group', async () => {
      const placeId = await firstId('/places')
      const lockId = await firstId('/locks?query=atlas')
      await expectContract('GET', '/groups', `/groups?place_id=${placeId}&lock_id=${lockId}`, 200)
      const created = await expectContract('POST', '/groups', '/groups', 200, { body: { group: { name: 'Contract group', place_id: placeId, reader_restriction_enabled: false } } })
      await expectContract('GET', '/groups/{id}', `/groups/${idOf(created)}`, 200)
      await expectContract('PATCH', '/groups/{id}', `/groups/${idOf(created)}`, 204, { body: { group: { description: 'Updated' } } })
      await expectContract('DELETE', '/groups/{id}', `/groups/${idOf(created)}`, 204)
    })

    it('group_locks: list by group, 400 without group_id, create and delete', async () => {
      const group = await expectContract('POST', '/groups', '/groups', 200, { body: { group: { name: 'Door set', place_id: await firstId('/places') } } })
      const lockId = await firstId('/locks?query=reception')
      const link = await expectContract('POST', '/group_locks', '/group_locks', 200, { body: { group_lock: { group_id: idOf(group), lock_id: lockId } } })
      await expectContract('GET', '/group_locks', `/group_locks?group_id=${idOf(group)}`, 200)
      await expectContract('GET', '/group_locks', '/group_locks', 400)
      await expectContract('DELETE', '/group_locks/{id}', `/group_locks/${idOf(link)}`, 204)
    })
  })

  describe('users and role assignments', () => {
    it('lists, searches, creates, shows, updates and deletes a user', async () => {
      await expectContract('GET', '/users', '/users?query=weber', 200)
      const created = await expectContract('POST', '/users', '/users', 200, { body: { user: { email: 'contract.user@example.com', name: 'Contract User', send_emails: false, confirm: true, metadata: { visit: 'v-1' } } } })
      await expectContract('GET', '/users/{id}', `/users/${idOf(created)}`, 200)
      await expectContract('PATCH', '/users/{id}', `/users/${idOf(created)}`, 204, { body: { user: { access_enabled: false } } })
      await expectContract('DELETE', '/users/{id}', `/users/${idOf(created)}`, 204)
      await expectContract('GET', '/users/{id}', `/users/${idOf(created)}`, 404)
    })

    it('422 bodies are Kisi Errors objects', async () => {
      const answer = await call('POST', '/users', { body: { user: { name: 'No e-mail' } } })
      expect(answer.status).toBe(422)
      expect(validateKisiResponse({ method: 'POST', path: '/users', status: 422, body: answer.body })).toEqual([])
    })

    it('creates (current and deprecated form), lists, shows and deletes role assignments', async () => {
      const staff = await groupNamed('Staff')
      const user = idOf(await call('POST', '/users', { body: { user: { email: 'assignee@example.com', name: 'Assignee' } } }))
      const current = {
        role_assignment: { applies_to_type: 'Group', applies_to_id: staff, assignee_type: 'User', assignee_id: user, role_id: 'group_basic', notify: false, valid_from: '2026-12-01T08:00:00Z', valid_until: '2026-12-05T18:00:00Z' },
      }
      const created = await expectContract('POST', '/role_assignments', '/role_assignments', 200, { body: current })
      expect(field(created.body, 'valid_until')).toBe('2026-12-05T18:00:00Z')
      await expectContract('GET', '/role_assignments', `/role_assignments?assignee_type=User&assignee_id=${user}`, 200)
      await expectContract('GET', '/role_assignments', `/role_assignments?applies_to_type=Group&applies_to_id=${staff}&role_id=group_basic`, 200)
      await expectContract('GET', '/role_assignments/{id}', `/role_assignments/${idOf(created)}`, 200)
      await expectContract('DELETE', '/role_assignments/{id}', `/role_assignments/${idOf(created)}`, 204)

      const deprecated = await call('POST', '/role_assignments', { body: { role_assignment: { user_id: user, group_id: staff, role_id: 'group_manager', valid_from: null, valid_until: null } } })
      expect(deprecated.status).toBe(200)
      expect(validateKisiResponse({ method: 'POST', path: '/role_assignments', status: 200, body: deprecated.body })).toEqual([])
    })
  })

  describe('group links, cards and event sets', () => {
    it('creates, lists and deletes a group link; its secret lists the link doors in the smaller Lock shape', async () => {
      const visitors = await groupNamed('Visitors')
      const body = { group_link: { group_id: visitors, name: 'Ada Lovelace (host: Reception)', email: null, quick_response_code_type: 'online', valid_from: null, valid_until: null } }
      const created = await expectContract('POST', '/group_links', '/group_links', 200, { body })
      const secret = field<string>(created.body, 'secret')
      const locks = await expectContract('GET', '/locks', '/locks', 200, { linkSecret: secret })
      expect(items(locks.body)).toHaveLength(4)
      expect(items(locks.body)[0]).not.toHaveProperty('resource_type')
      await expectContract('GET', '/places/{id}', `/places/${await firstId('/places')}`, 200, { linkSecret: secret })
      await expectContract('POST', '/locks/{id}/unlock', `/locks/${field<number>(items(locks.body)[0], 'id')}/unlock`, 200, { linkSecret: secret, body: {} })
      await expectContract('GET', '/group_links', `/group_links?group_id=${visitors}&query=ada`, 200)
      await expectContract('DELETE', '/group_links/{id}', `/group_links/${idOf(created)}`, 204)
      await expectContract('GET', '/group_links', '/group_links?query=nobody-has-this-name', 200)
    })

    it('finds a card by facility code and card number', async () => {
      const answer = await expectContract('GET', '/cards', '/cards?facility_code=42&card_number=10001', 200)
      expect(items(answer.body)).toHaveLength(1)
      await expectContract('GET', '/cards', '/cards?status=unassigned', 200)
    })

    it('enrols a card in each LF format, assigns it by e-mail, deassigns it, and shows it in every state', async () => {
      for (const [type, facility_code, card_number] of [
        ['third_party_lf_hid_h10301', 42, 20001],
        ['third_party_lf_hid_corporate1000_35', 1000, 123456],
        ['third_party_lf_hid_h10304', 12345, 123456],
      ] as const) {
        const created = await expectContract('POST', '/cards', '/cards', 200, { body: { card: { type, facility_code, card_number } } })
        expect(created.body).toMatchObject({ type, facility_code, card_number, user_id: null, activated: false })
        const id = idOf(created)
        await expectContract('POST', '/cards/{id}/assign', `/cards/${id}/assign`, 204, { body: { card: { email: 'Mia.Hoffmann@demo.example' } } })
        const held = await expectContract('GET', '/cards/{id}', `/cards/${id}`, 200)
        expect(held.body).toMatchObject({ user_id: sandbox.state.users.find((user) => user.name === 'Mia Hoffmann')!.id, activated: true })
        await expectContract('POST', '/cards/{id}/assign', `/cards/${id}/assign`, 204, { body: { card: { email: 'mia.hoffmann@demo.example' } } })
        await expectContract('POST', '/cards/{id}/deassign', `/cards/${id}/deassign`, 204)
        expect((await expectContract('GET', '/cards', `/cards?facility_code=${facility_code}&card_number=${card_number}`, 200)).body).toMatchObject([{ id, user_id: null }])
      }
      expect(sandbox.state.events.map(({ event }) => event.type).filter((type) => type.startsWith('card.'))).toEqual(expect.arrayContaining(['card.create', 'card.assign', 'card.deassign']))
    })

    it('refuses a card enrolled already with Kisi’s cabbeb beside the 422 field errors, and an unknown card with faa9ef', async () => {
      const again = await expectContract('POST', '/cards', '/cards', 422, { body: { card: { type: 'third_party_lf_hid_h10301', facility_code: 42, card_number: 10001 } } })
      expect(again.body).toMatchObject({ code: 'cabbeb', errors: { card_number: ['has already been enrolled'] } })
      const tooBig = await expectContract('POST', '/cards', '/cards', 422, { body: { card: { type: 'third_party_lf_hid_h10301', facility_code: 256, card_number: 65_536 } } })
      expect(tooBig.body).toEqual({ errors: { facility_code: ['must be at most 255'], card_number: ['must be at most 65535'] } })
      expect((await call('POST', '/cards', { body: { card: { type: 'mifare_desfire', token: 'abc' } } })).status).toBe(422)
      for (const [method, path] of [['GET', '/cards/{id}'], ['POST', '/cards/{id}/assign'], ['POST', '/cards/{id}/deassign']] as const) {
        const body = method === 'POST' && path.endsWith('assign') && !path.endsWith('deassign') ? { card: { email: sandbox.admin.email } } : undefined
        const gone = await expectContract(method, path, path.replace('{id}', '999999'), 404, body ? { body } : {})
        expect(gone.body).toEqual({ error: 'The card was not found.', code: 'faa9ef' })
      }
    })

    it('refuses to assign a card to an unknown e-mail, or one someone else holds', async () => {
      const spare = sandbox.state.cards.find((card) => card.userId === null)!
      const nobody = await expectContract('POST', '/cards/{id}/assign', `/cards/${spare.id}/assign`, 422, { body: { card: { email: 'nobody@demo.example' } } })
      expect(nobody.body).toEqual({ errors: { email: ['does not belong to a user of this organization'] } })
      const held = sandbox.state.cards.find((card) => card.userId !== null)!
      const taken = await expectContract('POST', '/cards/{id}/assign', `/cards/${held.id}/assign`, 422, { body: { card: { email: 'mia.hoffmann@demo.example' } } })
      expect(taken.body).toEqual({ errors: { card: ['is already assigned to another user'] } })
    })

    it('creates an event set and pages it by cursor', async () => {
      const created = await expectContract('POST', '/event_sets', '/event_sets', 200, { body: { event_set: { event_type: 'lock.unlock', event_success: null } } })
      const first = await expectContract('GET', '/event_sets/{id}', `/event_sets/${idOf(created)}?limit=1`, 200)
      expect(field(first.body, 'status')).toBe('finished')
      expect(field<unknown[]>(first.body, 'events')).toHaveLength(1)
      const cursor = field<string>(first.body, 'cursor')
      await expectContract('GET', '/event_sets/{id}', `/event_sets/${idOf(created)}?limit=50&cursor=${encodeURIComponent(cursor)}`, 200)
      await expectContract('GET', '/event_sets/{id}', '/event_sets/999999', 404)
    })
  })

  describe('the validator itself', () => {
    it('reports a missing required field, an extra field and a wrong const', async () => {
      const lock = items((await call('GET', '/locks')).body)[0]!
      const withoutName = Object.fromEntries(Object.entries(lock).filter(([key]) => key !== 'name'))
      const headers = { 'X-Collection-Range': '0-49/1' }
      expect(validateKisiResponse({ method: 'GET', path: '/locks', status: 200, body: [withoutName], headers }).join('\n')).toContain("required property 'name'")
      expect(validateKisiResponse({ method: 'GET', path: '/locks', status: 200, body: [{ ...lock, surprise: 1 }], headers }).join('\n')).toContain('(surprise)')
      expect(validateKisiResponse({ method: 'POST', path: '/locks/{id}/unlock', status: 200, body: { message: 'Open' } })).not.toEqual([])
    })

    it('reports a bad X-Collection-Range, an undeclared status and an invalid request body', () => {
      expect(validateKisiResponse({ method: 'GET', path: '/groups', status: 200, body: [], headers: { 'X-Collection-Range': '0-9' } })).not.toEqual([])
      expect(validateKisiResponse({ method: 'GET', path: '/groups', status: 200, body: [] })).toEqual(['GET /groups → 200: missing X-Collection-Range header'])
      expect(validateKisiResponse({ method: 'PATCH', path: '/users/{id}', status: 200, body: {} })[0]).toContain('status not declared')
      expect(validateKisiRequest({ method: 'POST', path: '/group_links', body: { group_link: { name: 'No group' } } })[0]).toContain("required property 'group_id'")
      expect(validateKisiRequest({ method: 'POST', path: '/nowhere', body: {} })[0]).toContain('No operation')
    })
  })
})
