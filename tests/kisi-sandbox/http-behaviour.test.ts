import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { type KisiSandbox, startKisiSandbox } from '../../electron/kisi-sandbox/kisi-sandbox'
import { field, items, kisiCaller } from './kisi-http'

const unlimited = { rateLimitPerSecond: 10_000, eventSetDelayMs: 0 }

describe('Kisi sandbox behaviour: auth, lists, validation, quotas and faults', () => {
  let sandbox: KisiSandbox
  let call: ReturnType<typeof kisiCaller>

  beforeAll(async () => {
    sandbox = await startKisiSandbox(unlimited)
    call = kisiCaller(sandbox.url, () => sandbox.apiKey)
  })
  afterEach(() => sandbox.faults.reset())
  afterAll(() => sandbox.close())

  const signIn = async (): Promise<string> => {
    const { domain, email, password } = sandbox.admin
    return field<string>((await call('POST', '/logins', { key: null, body: { login: { type: 'api' }, user: { domain, email, password } } })).body, 'secret')
  }

  describe('authentication', () => {
    it('answers 401 {error, code} without a key, with an unknown key, and with a revoked key', async () => {
      expect(await call('GET', '/locks', { key: null })).toMatchObject({ status: 401, body: { error: 'Unauthorized', code: '000401' } })
      expect((await call('GET', '/locks', { key: 'not-a-key' })).status).toBe(401)
      const secret = await signIn()
      expect((await call('GET', '/user', { key: secret })).status).toBe(200)
      sandbox.revokeKey(secret)
      expect((await call('GET', '/user', { key: secret })).status).toBe(401)
      expect((await call('GET', '/user')).status).toBe(200)
    })

    it('accepts the legacy X-Login-Secret header', async () => {
      expect((await call('GET', '/user', { key: null, headers: { 'x-login-secret': sandbox.apiKey } })).status).toBe(200)
    })

    it('accepts a group-link secret only where Kisi does, and refuses non-admins on admin endpoints', async () => {
      const visitors = sandbox.state.groups.find((group) => group.name === 'Visitors')!
      const link = await call('POST', '/group_links', { body: { group_link: { group_id: visitors.id, name: 'Guest' } } })
      const secret = field<string>(link.body, 'secret')
      expect((await call('GET', '/locks', { linkSecret: secret })).status).toBe(200)
      expect(await call('GET', '/users', { linkSecret: secret })).toMatchObject({ status: 401, body: { code: '000401' } })
      const staffKey = field<string>((await call('POST', '/logins', { body: { login: { type: 'device', email: 'mia.hoffmann@demo.example' } } })).body, 'secret')
      expect(await call('GET', '/users', { key: staffKey })).toMatchObject({ status: 403, body: { code: 'afc496' } })
      expect((await call('GET', '/locks', { key: staffKey })).status).toBe(200)
    })

    it('signs in with Kisi codes for a wrong password, a missing 2FA code and a wrong one', async () => {
      const { domain, email, password } = sandbox.adminWith2fa
      const attempt = (user: Record<string, string>) => call('POST', '/logins', { key: null, body: { login: { type: 'api' }, user } })
      expect(await attempt({ domain, email, password: 'wrong' })).toMatchObject({ status: 401, body: { code: 'afc516' } })
      expect(await attempt({ domain: 'other-org', email, password })).toMatchObject({ status: 401, body: { code: 'afc516' } })
      expect(await attempt({ domain, email, password })).toMatchObject({ status: 401, body: { code: 'afc526' } })
      expect(await attempt({ domain, email, password, otp_attempt: '000000' })).toMatchObject({ status: 401, body: { code: 'afc536' } })
      expect((await attempt({ domain, email, password, otp_attempt: sandbox.adminWith2fa.otp })).status).toBe(200)
    })
  })

  describe('lists', () => {
    it('sends */0 for an empty result', async () => {
      const answer = await call('GET', '/group_links?query=nobody')
      expect(answer.body).toEqual([])
      expect(answer.headers.get('x-collection-range')).toBe('*/0')
    })

    it('walks an exact multiple of the page size, ending on an empty page with the requested range', async () => {
      const pages = []
      for (const offset of [0, 2, 4]) {
        const answer = await call('GET', `/groups?limit=2&offset=${offset}`)
        pages.push({ range: answer.headers.get('x-collection-range'), count: items(answer.body).length })
      }
      expect(pages).toEqual([
        { range: '0-1/4', count: 2 },
        { range: '2-3/4', count: 2 },
        { range: '4-5/4', count: 0 },
      ])
    })

    it('clamps a limit above the endpoint maximum and uses the endpoint default', async () => {
      expect((await call('GET', '/users?limit=500')).headers.get('x-collection-range')).toBe('0-99/6')
      expect((await call('GET', '/locks?limit=1000')).headers.get('x-collection-range')).toBe('0-249/10')
      expect((await call('GET', '/groups')).headers.get('x-collection-range')).toBe('0-9/4')
      expect((await call('GET', '/locks')).headers.get('access-control-expose-headers')).toBe('X-Collection-Range')
    })

    it('answers 400 for a non-numeric or negative limit or offset', async () => {
      for (const query of ['limit=ten', 'limit=-1', 'limit=0', 'offset=-5', 'offset=20001']) {
        expect(await call('GET', `/locks?${query}`)).toMatchObject({ status: 400, body: { code: '000400' } })
      }
    })

    it('filters users by e-mail, free text and group', async () => {
      const byEmail = items((await call('GET', '/users?email=LENA.SCHULZ@demo.example')).body)
      expect(byEmail.map((user) => user['name'])).toEqual(['Lena Schulz'])
      const deliveries = sandbox.state.groups.find((group) => group.name === 'Deliveries')!
      expect(items((await call('GET', `/users?group_id=${deliveries.id}`)).body).map((user) => user['name'])).toEqual(['Jonas Weber'])
      expect(items((await call('GET', '/users?query=hoff')).body)).toHaveLength(1)
    })
  })

  describe('validation and unknown ids', () => {
    it('answers 422 {errors: {field: [messages]}}', async () => {
      expect(await call('POST', '/users', { body: { user: { name: 'No e-mail' } } })).toMatchObject({ status: 422, body: { errors: { email: ["can't be blank"] } } })
      expect(await call('POST', '/group_links', { body: { group_link: { group_id: 1, name: 'x', valid_until: 'tomorrow' } } })).toMatchObject({
        status: 422,
        body: { errors: { valid_until: ['is invalid'] } },
      })
      expect(await call('POST', '/group_links', { body: { group_link: { group_id: 1, name: 'x' } } })).toMatchObject({ status: 422, body: { errors: { group: ['must exist'] } } })
      expect(await call('POST', '/groups', { body: { name: 'Not wrapped' } })).toMatchObject({ status: 422, body: { errors: { group: ["can't be blank"] } } })
      expect(await call('POST', '/users', { body: { user: { email: 'admin@demo.example' } } })).toMatchObject({ status: 422, body: { errors: { email: ['has already been taken'] } } })
    })

    it('answers 404 {error, code} for unknown ids and paths, and 400 for a body that is not JSON', async () => {
      for (const [method, path] of [['GET', '/users/424242'], ['DELETE', '/group_links/424242'], ['GET', '/groups/abc'], ['GET', '/nothing-here']] as const) {
        expect(await call(method, path)).toMatchObject({ status: 404, body: { code: '000404' } })
      }
      const response = await fetch(`${sandbox.url}/users`, { method: 'POST', headers: { authorization: `KISI-LOGIN ${sandbox.apiKey}` }, body: '{oops' })
      expect(response.status).toBe(400)
    })

    it('takes PUT as well as PATCH for updates', async () => {
      const alex = sandbox.state.users.find((user) => user.name === 'Alex Berger')!
      expect((await call('PUT', `/users/${alex.id}`, { body: { user: { notes: 'Put works' } } })).status).toBe(204)
      expect(alex.notes).toBe('Put works')
    })
  })

  describe('faults', () => {
    it('adds latency', async () => {
      sandbox.faults.set({ latencyMs: 150 })
      const started = performance.now()
      expect((await call('GET', '/user')).status).toBe(200)
      expect(performance.now() - started).toBeGreaterThanOrEqual(140)
    })

    it('answers 503 ffffff at error rate 1', async () => {
      sandbox.faults.set({ errorRate: 1 })
      expect(await call('GET', '/locks')).toMatchObject({ status: 503, body: { error: 'An unexpected issue occured.', code: 'ffffff' } })
    })

    it('answers the next N requests with 429, then resets the burst to 0', async () => {
      sandbox.faults.set({ rateLimitBurst: 2 })
      const statuses = [(await call('GET', '/user')).status, (await call('GET', '/user')).status, (await call('GET', '/user')).status]
      expect(statuses).toEqual([429, 429, 200])
      expect(sandbox.faults.get().rateLimitBurst).toBe(0)
    })

    it('drops the connection without a response', async () => {
      sandbox.faults.set({ dropRate: 1 })
      await expect(call('GET', '/user')).rejects.toThrow()
    })

    it('carries a request out and then loses its answer: Kisi made the link but the client never hears of it', async () => {
      const visitors = sandbox.state.groups.find((group) => group.name === 'Visitors')!
      sandbox.faults.set({ lostAnswerRate: 1 })
      await expect(call('POST', '/group_links', { body: { group_link: { group_id: visitors.id, name: 'Lost answer' } } })).rejects.toThrow()
      expect(sandbox.state.groupLinks.filter((link) => link.name === 'Lost answer')).toHaveLength(1)
    })

    it('closes a late create at once without an answer, and carries it out only after its delay', async () => {
      const visitors = sandbox.state.groups.find((group) => group.name === 'Visitors')!
      sandbox.faults.set({ lateCreates: 1, lateCreateDelayMs: 300 })
      const started = performance.now()
      await expect(call('POST', '/group_links', { body: { group_link: { group_id: visitors.id, name: 'Late create' } } })).rejects.toThrow()
      expect(performance.now() - started).toBeLessThan(250)
      expect(sandbox.state.groupLinks.filter((link) => link.name === 'Late create')).toEqual([])
      // Meanwhile the next create goes through at once, as a client's retry would.
      expect((await call('POST', '/group_links', { body: { group_link: { group_id: visitors.id, name: 'Late create' } } })).status).toBe(200)
      expect(sandbox.faults.get().lateCreates).toBe(0)
      await new Promise((resolve) => setTimeout(resolve, 400))
      expect(sandbox.state.groupLinks.filter((link) => link.name === 'Late create')).toHaveLength(2)
    })

    it('carries a late create out even when its client gave up while Kisi was slow', async () => {
      const visitors = sandbox.state.groups.find((group) => group.name === 'Visitors')!
      sandbox.faults.set({ latencyMs: 300, lateCreates: 1, lateCreateDelayMs: 400 })
      const body = JSON.stringify({ group_link: { group_id: visitors.id, name: 'Abandoned create' } })
      const headers = { authorization: `KISI-LOGIN ${sandbox.apiKey}`, 'content-type': 'application/json' }
      await expect(fetch(`${sandbox.url}/group_links`, { method: 'POST', headers, body, signal: AbortSignal.timeout(100) })).rejects.toThrow()
      expect(sandbox.state.groupLinks.filter((link) => link.name === 'Abandoned create')).toEqual([])
      await new Promise((resolve) => setTimeout(resolve, 500))
      expect(sandbox.state.groupLinks.filter((link) => link.name === 'Abandoned create')).toHaveLength(1)
    })

    it('forgets a late create that is still waiting when it closes', async () => {
      const late = await startKisiSandbox({ ...unlimited, faults: { lateCreates: 1, lateCreateDelayMs: 60_000 } })
      const lateCall = kisiCaller(late.url, () => late.apiKey)
      const visitors = late.state.groups.find((group) => group.name === 'Visitors')!
      await expect(lateCall('POST', '/group_links', { body: { group_link: { group_id: visitors.id, name: 'Never' } } })).rejects.toThrow()
      const started = performance.now()
      await late.close()
      expect(performance.now() - started).toBeLessThan(1_000)
      expect(late.state.groupLinks.filter((link) => link.name === 'Never')).toEqual([])
    })

    it('refuses invalid settings without changing anything', () => {
      expect(() => sandbox.faults.set({ errorRate: 2 })).toThrow(RangeError)
      expect(sandbox.faults.get().errorRate).toBe(0)
    })
  })

  it('draws random numbers only for the faults that are on, so tests can script them', async () => {
    const script = [0.4, 0.6, 0.1]
    const scripted = await startKisiSandbox({ ...unlimited, faults: { errorRate: 0.5 }, random: () => script.shift() ?? 1 })
    try {
      const scriptedCall = kisiCaller(scripted.url, () => scripted.apiKey)
      const statuses = [(await scriptedCall('GET', '/user')).status, (await scriptedCall('GET', '/user')).status, (await scriptedCall('GET', '/user')).status]
      expect(statuses).toEqual([503, 200, 503])
    } finally {
      await scripted.close()
    }
  })
})

describe('Kisi sandbox rate limits (real time)', () => {
  let sandbox: KisiSandbox
  let call: ReturnType<typeof kisiCaller>

  beforeAll(async () => {
    sandbox = await startKisiSandbox({ eventSetDelayMs: 0 })
    call = kisiCaller(sandbox.url, () => sandbox.apiKey)
  })
  afterAll(() => sandbox.close())
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

  it('answers 429 above 5 requests per second per user, across that user’s keys, and recovers', async () => {
    const { domain, email, password } = sandbox.admin
    const second = field<string>((await call('POST', '/logins', { key: null, body: { login: { type: 'api' }, user: { domain, email, password } } })).body, 'secret')
    await pause(1_050)
    const answers = await Promise.all([...Array(5).keys()].map((index) => call('GET', '/user', { key: index % 2 ? second : sandbox.apiKey })))
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200])
    expect(await call('GET', '/user', { key: second })).toMatchObject({ status: 429, body: { error: 'Too many requests', code: '000429' } })
    await pause(1_050)
    expect((await call('GET', '/user')).status).toBe(200)
  })

  it('limits POST /event_sets to one per second', async () => {
    await pause(1_050)
    expect((await call('POST', '/event_sets', { body: { event_set: {} } })).status).toBe(200)
    expect(await call('POST', '/event_sets', { body: { event_set: {} } })).toMatchObject({ status: 429, body: { code: '000429' } })
    await pause(1_050)
    expect((await call('POST', '/event_sets', { body: { event_set: {} } })).status).toBe(200)
  })
})
