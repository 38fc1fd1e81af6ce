import { request } from 'node:http'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { type KisiSandbox, startKisiSandbox } from '../../electron/kisi-sandbox/kisi-sandbox'
import { controlCaller, kisiCaller } from './kisi-http'

const controlToken = 'test-control-token-0123456789'
const noFaults = { latencyMs: 0, errorRate: 0, rateLimitBurst: 0, dropRate: 0, lostAnswerRate: 0, lateCreates: 0, lateCreateDelayMs: 10_000, clockSkewMs: 0 }
const controlRoutes = ['/__sandbox/faults', '/__sandbox/reset', '/__sandbox/revoke-key']

describe('sandbox control routes, switched on with a control token', () => {
  let sandbox: KisiSandbox
  let call: ReturnType<typeof kisiCaller>
  let control: ReturnType<typeof controlCaller>

  beforeAll(async () => {
    sandbox = await startKisiSandbox({ rateLimitPerSecond: 10_000, controlToken })
    call = kisiCaller(sandbox.url, () => sandbox.apiKey)
    control = controlCaller(sandbox.url, controlToken)
  })
  afterEach(() => sandbox.faults.reset())
  afterAll(() => sandbox.close())

  it('changes and resets faults over HTTP for tests in other processes', async () => {
    expect(await control('POST', '/__sandbox/faults', { body: { errorRate: 1 } })).toMatchObject({ status: 200, body: { ...noFaults, errorRate: 1 } })
    expect((await call('GET', '/user')).status).toBe(503)
    expect(await control('GET', '/__sandbox/faults')).toMatchObject({ status: 200, body: { errorRate: 1 } })
    expect(await control('POST', '/__sandbox/faults', { body: { errorRate: 'high' } })).toMatchObject({ status: 422, body: { errors: { errorRate: ['is invalid'] } } })
    expect(await control('POST', '/__sandbox/reset')).toMatchObject({ status: 200, body: { errorRate: 0 } })
    expect((await call('GET', '/user')).status).toBe(200)
  })

  it('sets the late-create and lost-answer faults over HTTP too', async () => {
    const visitors = sandbox.state.groups.find((group) => group.name === 'Visitors')!
    const create = (name: string) => call('POST', '/group_links', { body: { group_link: { group_id: visitors.id, name } } })
    expect(await control('POST', '/__sandbox/faults', { body: { lateCreates: 1, lateCreateDelayMs: 100 } })).toMatchObject({ status: 200, body: { lateCreates: 1, lateCreateDelayMs: 100 } })
    await expect(create('Late over HTTP')).rejects.toThrow()
    await new Promise((resolve) => setTimeout(resolve, 250))
    expect(sandbox.state.groupLinks.filter((link) => link.name === 'Late over HTTP')).toHaveLength(1)

    expect((await control('POST', '/__sandbox/faults', { body: { lostAnswerRate: 1 } })).status).toBe(200)
    await expect(create('Lost over HTTP')).rejects.toThrow()
    expect(sandbox.state.groupLinks.filter((link) => link.name === 'Lost over HTTP')).toHaveLength(1)
    expect(await control('POST', '/__sandbox/faults', { body: { lateCreates: -1 } })).toMatchObject({ status: 422, body: { errors: { lateCreates: [expect.any(String)] } } })
  })

  it('revokes a login secret over HTTP, as a changed password would', async () => {
    const { domain, email, password } = sandbox.admin
    const signIn = await call('POST', '/logins', { key: null, body: { login: { type: 'api' }, user: { domain, email, password } } })
    const secret = (signIn.body as { secret: string }).secret
    expect((await call('GET', '/user', { key: secret })).status).toBe(200)
    expect(await control('POST', '/__sandbox/revoke-key', { body: { secret } })).toEqual({ status: 200, body: { revoked: 1 }, headers: expect.any(Headers) })
    expect((await call('GET', '/user', { key: secret })).status).toBe(401)
    expect((await control('POST', '/__sandbox/revoke-key', { body: { secret: 'unknown-secret' } })).status).toBe(404)
  })

  it('answers 401 without the token, with a wrong one, or with it in another scheme, and changes nothing', async () => {
    const attempts: Record<string, string>[] = [
      { 'content-type': 'application/json' },
      { 'content-type': 'application/json', authorization: 'Bearer wrong-token-0123456789abc' },
      { 'content-type': 'application/json', authorization: `Bearer ${controlToken}x` },
      { 'content-type': 'application/json', authorization: `KISI-LOGIN ${controlToken}` },
    ]
    for (const headers of attempts) {
      for (const path of controlRoutes) {
        const answer = await control('POST', path, { headers, body: { errorRate: 1, secret: sandbox.apiKey } })
        expect(answer).toMatchObject({ status: 401, body: { code: '000401', error: expect.stringContaining('KISI_SANDBOX_CONTROL_TOKEN') } })
        expect(answer.headers.get('www-authenticate')).toMatch(/^Bearer /)
      }
      expect((await control('GET', '/__sandbox/faults', { headers })).status).toBe(401)
    }
    expect(sandbox.faults.get()).toEqual(noFaults)
    expect((await call('GET', '/user')).status).toBe(200)
  })

  it('refuses the text/plain POST a cross-site form can send without a preflight', async () => {
    const answer = await control('POST', '/__sandbox/faults', { headers: { 'content-type': 'text/plain' }, body: { errorRate: 1 } })
    expect(answer.status).toBe(401)
    expect(sandbox.faults.get().errorRate).toBe(0)
  })

  it('refuses a Host other than its own loopback address, token or not (DNS rebinding)', async () => {
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const outgoing = request(`${sandbox.url}/__sandbox/faults`, { headers: { host: `evil.example:${sandbox.port}`, authorization: `Bearer ${controlToken}` } }, (response) => {
        response.resume()
        resolve(response.statusCode)
      })
      outgoing.once('error', reject)
      outgoing.end()
    })
    expect(status).toBe(403)
  })

  it('refuses a control token that could be guessed or does not fit one header', async () => {
    await expect(startKisiSandbox({ controlToken: 'short' })).rejects.toThrow(/controlToken/)
    await expect(startKisiSandbox({ controlToken: 'long enough but with spaces' })).rejects.toThrow(/controlToken/)
  })
})

describe('sandbox control routes without a control token', () => {
  it('do not exist: every control path answers 404 like an unknown route, and nothing changes', async () => {
    const sandbox = await startKisiSandbox({ rateLimitPerSecond: 10_000 })
    try {
      const unknownRoute = await kisiCaller(sandbox.url, () => sandbox.apiKey)('GET', '/no-such-route')
      expect(unknownRoute).toMatchObject({ status: 404, body: { error: 'Not found.', code: '000404' } })
      for (const path of controlRoutes) {
        for (const method of ['GET', 'POST'] as const) {
          const answer = await controlCaller(sandbox.url, 'any-token-0123456789')(method, path, { body: { errorRate: 1, secret: sandbox.apiKey } })
          expect({ path, method, status: answer.status, body: answer.body }).toEqual({ path, method, status: 404, body: unknownRoute.body })
        }
      }
      expect(sandbox.faults.get()).toEqual(noFaults)
      expect((await fetch(`${sandbox.url}/user`, { headers: { authorization: `KISI-LOGIN ${sandbox.apiKey}` } })).status).toBe(200)
    } finally {
      await sandbox.close()
    }
  })
})
