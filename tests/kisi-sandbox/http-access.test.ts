import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { type KisiSandbox, startKisiSandbox } from '../../electron/kisi-sandbox/kisi-sandbox'
import { field, items, type KisiAnswer, kisiCaller } from './kisi-http'

const hour = 60 * 60 * 1000

describe('Kisi sandbox access: unlock rules, events and the access-link page', () => {
  let sandbox: KisiSandbox
  let call: ReturnType<typeof kisiCaller>

  beforeAll(async () => {
    sandbox = await startKisiSandbox({ rateLimitPerSecond: 10_000, eventSetsPerSecond: 100, eventSetDelayMs: 40 })
    call = kisiCaller(sandbox.url, () => sandbox.apiKey)
  })
  afterEach(() => sandbox.faults.reset())
  afterAll(() => sandbox.close())

  const door = (name: string) => sandbox.state.locks.find((lock) => lock.name === name)!
  const group = (name: string) => sandbox.state.groups.find((candidate) => candidate.name === name)!
  const unlock = (lockName: string, options: { key?: string; linkSecret?: string; proof?: string } = {}) =>
    call('POST', `/locks/${door(lockName).id}/unlock`, { ...options, body: options.proof ? { lock: { proximity_proof: options.proof } } : {} })
  const loginFor = async (email: string): Promise<string> =>
    field<string>((await call('POST', '/logins', { body: { login: { type: 'device', email } } })).body, 'secret')
  const createLink = async (groupName: string, extra: Record<string, unknown> = {}) => {
    const answer = await call('POST', '/group_links', { body: { group_link: { group_id: group(groupName).id, name: 'Grace Hopper', ...extra } } })
    expect(answer.status).toBe(200)
    return { id: field<number>(answer.body, 'id'), secret: field<string>(answer.body, 'secret') }
  }
  const denial = (answer: KisiAnswer) => ({ status: answer.status, code: field(answer.body, 'code') })
  const iso = (time: number) => new Date(time).toISOString()

  describe('unlock rules', () => {
    it('lets a staff member through a group holding the door, and refuses doors of no group of theirs (fcd8ef)', async () => {
      const alex = await loginFor('alex.berger@demo.example')
      expect(await unlock('Main Entrance', { key: alex })).toMatchObject({ status: 200, body: { message: 'Unlocked!' } })
      expect(denial(await unlock('Loading Dock', { key: alex }))).toEqual({ status: 403, code: 'fcd8ef' })
    })

    it('refuses a user with access disabled (fcd8ff)', async () => {
      const mia = sandbox.state.users.find((user) => user.name === 'Mia Hoffmann')!
      const key = await loginFor(mia.email)
      expect((await call('PATCH', `/users/${mia.id}`, { body: { user: { access_enabled: false } } })).status).toBe(204)
      expect(denial(await unlock('Main Entrance', { key }))).toEqual({ status: 403, code: 'fcd8ff' })
      await call('PATCH', `/users/${mia.id}`, { body: { user: { access_enabled: true } } })
      expect((await unlock('Main Entrance', { key })).status).toBe(200)
    })

    it('applies the Kisi Reader Restriction of a group to users (bb5bff) but not to admins; a proximity proof satisfies it', async () => {
      const jonas = await loginFor('jonas.weber@demo.example')
      expect(denial(await unlock('Loading Dock', { key: jonas }))).toEqual({ status: 403, code: 'bb5bff' })
      expect((await unlock('Main Entrance', { key: jonas })).status).toBe(200)
      expect((await unlock('Loading Dock', { key: jonas, proof: '517' })).status).toBe(200)
      expect((await unlock('Loading Dock')).status).toBe(200)
    })

    it('applies a door-level reader restriction to everyone, admins included', async () => {
      expect(denial(await unlock('Server Room'))).toEqual({ status: 403, code: 'bb5bff' })
      expect((await unlock('Server Room', { proof: '123' })).status).toBe(200)
    })

    it('refuses in-app unlocks when the only group has app access off (f01337)', async () => {
      const alex = await loginFor('alex.berger@demo.example')
      const staff = group('Staff')
      staff.loginEnabled = false
      try {
        expect(denial(await unlock('Office Floor 2', { key: alex }))).toEqual({ status: 403, code: 'f01337' })
      } finally {
        staff.loginEnabled = true
      }
    })

    it('honours role-assignment validity (f358de before, f35ade after) and clock skew moves it', async () => {
      const user = field<number>((await call('POST', '/users', { body: { user: { email: 'temp@example.com', name: 'Temp Worker' } } })).body, 'id')
      const now = Date.now()
      const body = { role_assignment: { applies_to_type: 'Group', applies_to_id: group('Meeting rooms').id, assignee_type: 'User', assignee_id: user, role_id: 'group_basic', valid_from: iso(now + hour), valid_until: iso(now + 3 * hour) } }
      expect((await call('POST', '/role_assignments', { body })).status).toBe(200)
      const key = await loginFor('temp@example.com')
      expect(denial(await unlock('Meeting Room Atlas', { key }))).toEqual({ status: 403, code: 'f358de' })
      sandbox.faults.set({ clockSkewMs: 2 * hour })
      expect((await unlock('Meeting Room Atlas', { key })).status).toBe(200)
      sandbox.faults.set({ clockSkewMs: 4 * hour })
      expect(denial(await unlock('Meeting Room Atlas', { key }))).toEqual({ status: 403, code: 'f35ade' })
    })

    it('refuses locked-down places and doors (409) and offline controllers (503 fac001)', async () => {
      const place = sandbox.state.places[0]!
      place.lockedDownSince = Date.now()
      expect(denial(await unlock('Reception'))).toEqual({ status: 409, code: 'fad002' })
      place.lockedDownSince = null
      door('Reception').lockedDownSince = Date.now()
      expect(denial(await unlock('Reception'))).toEqual({ status: 409, code: 'fad001' })
      door('Reception').lockedDownSince = null
      expect(denial(await unlock('Roof Terrace'))).toEqual({ status: 503, code: 'fac001' })
      expect(denial(await call('POST', '/locks/987654/unlock', { body: {} }))).toEqual({ status: 404, code: 'fad10e' })
    })
  })

  describe('group links', () => {
    it('open their own doors, ignore reader restrictions, and refuse other doors (fcd8ef)', async () => {
      const { secret } = await createLink('Deliveries')
      expect((await unlock('Loading Dock', { linkSecret: secret })).status).toBe(200)
      expect(denial(await unlock('Reception', { linkSecret: secret }))).toEqual({ status: 403, code: 'fcd8ef' })
      expect(items((await call('GET', '/locks', { linkSecret: secret })).body).map((lock) => lock['name'])).toEqual(['Main Entrance', 'Loading Dock'])
    })

    it('work only within valid_from..valid_until (f358de / f35ade), shifted by clock skew', async () => {
      const now = Date.now()
      const { secret } = await createLink('Visitors', { valid_from: iso(now + hour), valid_until: iso(now + 2 * hour) })
      expect(denial(await unlock('Main Entrance', { linkSecret: secret }))).toEqual({ status: 403, code: 'f358de' })
      expect(denial(await call('GET', '/locks', { linkSecret: secret }))).toEqual({ status: 403, code: 'f358de' })
      sandbox.faults.set({ clockSkewMs: 90 * 60 * 1000 })
      expect((await unlock('Main Entrance', { linkSecret: secret })).status).toBe(200)
      sandbox.faults.set({ clockSkewMs: 3 * hour })
      expect(denial(await unlock('Main Entrance', { linkSecret: secret }))).toEqual({ status: 403, code: 'f35ade' })
    })

    it('stop working once deleted (401 f29aef)', async () => {
      const { id, secret } = await createLink('Visitors')
      expect((await call('DELETE', `/group_links/${id}`)).status).toBe(204)
      expect(denial(await unlock('Main Entrance', { linkSecret: secret }))).toEqual({ status: 401, code: 'f29aef' })
      expect(denial(await call('GET', '/locks', { linkSecret: secret }))).toEqual({ status: 401, code: 'f29aef' })
    })
  })

  describe('events and event sets', () => {
    const collect = async (filters: Record<string, unknown>, limit = 2): Promise<Record<string, unknown>[]> => {
      const created = await call('POST', '/event_sets', { body: { event_set: filters } })
      expect(created.body).toMatchObject({ status: 'in_progress', cursor: null })
      expect(created.body).not.toHaveProperty('events')
      await new Promise((resolve) => setTimeout(resolve, 60))
      const events: Record<string, unknown>[] = []
      let cursor: string | null = null
      do {
        const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''
        const page = await call('GET', `/event_sets/${field<number>(created.body, 'id')}?limit=${limit}${query}`)
        expect(field(page.body, 'status')).toBe('finished')
        const batch = items(field(page.body, 'events'))
        expect(batch.length).toBeLessThanOrEqual(limit)
        events.push(...batch)
        cursor = field<string | null>(page.body, 'cursor')
      } while (cursor)
      return events
    }

    it('records unlock successes and denials, credited to the user or the group link', async () => {
      const { id: linkId, secret } = await createLink('Visitors', { name: 'Event Visitor' })
      await unlock('Reception', { linkSecret: secret })
      await unlock('Loading Dock', { linkSecret: secret })
      const events = await collect({ event_type: 'lock.unlock', event_actor_type: 'GroupLink', event_actor_id: linkId })
      expect(events.map((event) => [event['object_name'], event['success'], event['code']])).toEqual([
        ['Loading Dock', false, 'fcd8ef'],
        ['Reception', true, null],
      ])
      expect(events[0]).toMatchObject({ actor_name: 'Event Visitor', authenticated_by_type: 'GroupLink', action: 'unlock', error_code: 'fcd8ef' })
      const failures = await collect({ event_type: 'lock.unlock', event_success: false, event_actor_type: 'User' }, 50)
      expect(failures.length).toBeGreaterThan(0)
      expect(failures.every((event) => event['success'] === false && event['actor_type'] === 'User')).toBe(true)
    })

    it('records link, user and role-assignment changes', async () => {
      const { id } = await createLink('Visitors', { name: 'Short Visit' })
      await call('DELETE', `/group_links/${id}`)
      const user = field<number>((await call('POST', '/users', { body: { user: { email: 'events@example.com', name: 'Event User' } } })).body, 'id')
      await call('PATCH', `/users/${user}`, { body: { user: { notes: 'x' } } })
      const grant = await call('POST', '/role_assignments', { body: { role_assignment: { user_id: user, group_id: group('Staff').id, role_id: 'group_basic' } } })
      await call('DELETE', `/role_assignments/${field<number>(grant.body, 'id')}`)
      await call('DELETE', `/users/${user}`)
      const types = ['group_link.create', 'group_link.destroy', 'user.create', 'user.update', 'user.destroy', 'role_assignment.create', 'role_assignment.destroy']
      const events = await collect({ event_type: types.join(',') }, 3)
      const mine = events.filter((event) => event['object_id'] === id || event['object_name'] === 'Event User' || String(event['object_name']).startsWith('Event User in'))
      expect(mine.map((event) => event['type']).sort()).toEqual([...types].sort())
      expect(mine.every((event) => event['actor_type'] === 'User' && event['actor_email'] === sandbox.admin.email)).toBe(true)
    })

    it('validates intervals and cursors, and 404s an unknown set', async () => {
      expect(await call('POST', '/event_sets', { body: { event_set: { interval: 'P1D' } } })).toMatchObject({ status: 422, body: { errors: { interval: ['is invalid'] } } })
      expect(await call('POST', '/event_sets', { body: { event_set: { interval: '2026-01-01T00:00:00Z/P100D' } } })).toMatchObject({ status: 422, body: { errors: { interval: ['must not be longer than 90 days'] } } })
      const inWindow = await call('POST', '/event_sets', { body: { event_set: { interval: `PT1H/${iso(Date.now() + 60_000)}` } } })
      expect(inWindow.status).toBe(200)
      expect((await call('GET', `/event_sets/${field<number>(inWindow.body, 'id')}?cursor=garbage`)).status).toBe(400)
      expect((await call('GET', '/event_sets/424242')).status).toBe(404)
    })
  })

  describe('the access-link page', () => {
    const page = async (path: string, method = 'GET') => {
      const response = await fetch(sandbox.url + path, { method })
      return { status: response.status, html: await response.text(), csp: response.headers.get('content-security-policy') }
    }

    it('lists the doors, unlocks one with the same rules and events, and says when the link is gone', async () => {
      const { id, secret } = await createLink('Visitors', { name: 'Page Visitor' })
      const listing = await page(`/grouplinks/${secret}`)
      expect(listing.status).toBe(200)
      expect(listing.csp).toContain("default-src 'none'")
      expect(listing.html).toContain('>Unlock Main Entrance</button>')
      expect(listing.html).toContain(`action="/grouplinks/${secret}/locks/${door('Main Entrance').id}/unlock"`)
      expect(listing.html).not.toContain('Loading Dock')

      const opened = await page(`/grouplinks/${secret}/locks/${door('Main Entrance').id}/unlock`, 'POST')
      expect(opened.status).toBe(200)
      expect(opened.html).toContain('Unlocked! Main Entrance is open.')
      const refused = await page(`/grouplinks/${secret}/locks/${door('Server Room').id}/unlock`, 'POST')
      expect(refused.status).toBe(403)
      expect(refused.html).toContain('Server Room could not be unlocked: This access link does not open this door.')
      const events = sandbox.state.events.filter((record) => record.event.actor_id === id).map((record) => record.event.success)
      expect(events).toEqual([true, false])

      await call('DELETE', `/group_links/${id}`)
      const gone = await page(`/grouplinks/${secret}`)
      expect(gone.status).toBe(404)
      expect(gone.html).toContain('This access link is not valid')
    })

    it('refuses an expired link and escapes names', async () => {
      const { secret } = await createLink('Visitors', { name: '<b>Eve</b>', valid_until: iso(Date.now() + hour) })
      expect((await page(`/grouplinks/${secret}`)).html).toContain('&#60;b&#62;Eve&#60;/b&#62;')
      sandbox.faults.set({ clockSkewMs: 2 * hour })
      const expired = await page(`/grouplinks/${secret}`)
      expect(expired.status).toBe(403)
      expect(expired.html).toContain('It has expired.')
    })
  })
})
