import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { KisiStatus } from '@shared/ipc/kisi-calls'
import type { AuditPage } from '@shared/schemas/audit-trail'
import { startKisiSandbox, type KisiSandbox } from '../../electron/kisi-sandbox/kisi-sandbox'
import type { KioskApp } from '../../electron/app/create-app'
import { startTestApp } from '../fixtures/test-app'
import { useTempDirectory } from '../fixtures/temp-directory'

describe('connecting the kiosk to Kisi', () => {
  const tempDirectory = useTempDirectory()
  let sandbox: KisiSandbox
  let services: KioskApp
  let directory: string

  beforeEach(async () => {
    sandbox = await startKisiSandbox({ rateLimitPerSecond: 100 })
    directory = tempDirectory()
    services = await startTestApp(directory, undefined, { kisiRequestsPerSecond: 100 })
    services.sessions.start('manager')
  })
  afterEach(async () => {
    await services.close()
    await sandbox.close()
  })

  const call = async <T>(name: string, payload: unknown = {}): Promise<T> => {
    const answer = await services.dispatch(name, payload)
    if (!answer.ok) throw Object.assign(new Error(answer.error.message), answer.error)
    return answer.value as T
  }
  const signIn = (extra: Record<string, string> = {}) =>
    call<KisiStatus>('kisi.signIn', { domain: sandbox.admin.domain, email: sandbox.admin.email, password: sandbox.admin.password, baseUrl: sandbox.url, ...extra })

  it('signs in, stores the new key sealed, and says who it is connected as', async () => {
    const status = await signIn()
    expect(status).toMatchObject({ state: 'connected', connectedAs: sandbox.admin.email, organisationName: 'Demo Organization', place: null })
    const stored = services.settings.get().kisi.sealedApiKey
    expect(stored).toMatch(/^kf1:/)
    expect(JSON.stringify(services.settings.get())).not.toContain(sandbox.apiKey)
    expect(JSON.stringify(await call('kisi.status'))).not.toMatch(/kf1:|secret/)
  })

  it('asks for the 2FA code when Kisi wants one, and connects with it', async () => {
    const { domain, email, password, otp } = sandbox.adminWith2fa
    const withoutCode = call('kisi.signIn', { domain, email, password, baseUrl: sandbox.url })
    await expect(withoutCode).rejects.toMatchObject({ code: 'kisi_refused', reason: 'kisiTwoFactorNeeded', fields: { otpCode: ['enterSixDigitCode'] } })
    await expect(call('kisi.signIn', { domain, email, password, otpCode: '000000', baseUrl: sandbox.url })).rejects.toMatchObject({ reason: 'kisiTwoFactorWrong', fields: { otpCode: ['enterSixDigitCode'] } })
    expect(await call<KisiStatus>('kisi.signIn', { domain, email, password, otpCode: otp, baseUrl: sandbox.url })).toMatchObject({ state: 'connected', connectedAs: email })
  })

  it('refuses a wrong password in plain words and stays disconnected', async () => {
    await expect(signIn({ password: 'wrong' })).rejects.toMatchObject({ code: 'kisi_refused', message: expect.stringContaining('password is wrong') })
    expect((await call<KisiStatus>('kisi.status')).state).toBe('not-connected')
  })

  it('writes every Kisi change to the staff audit trail with who, when and how it ended, newest first', async () => {
    await signIn({ password: 'wrong' }).catch(() => undefined)
    await signIn()
    const [place] = await call<{ id: number; name: string }[]>('kisi.places')
    await call('kisi.choosePlace', { placeId: place!.id })
    await call('kisi.setOptions', { inAppUnlock: false })
    await call('kisi.disconnect')
    await call('kisi.connect', { apiKey: 'not-a-key', baseUrl: sandbox.url }).catch(() => undefined)

    const trail = await call<AuditPage>('audit.list', { page: 0 })
    expect(trail.entries.map((entry) => [entry.role, entry.action.replace(/\d+/g, '#'), entry.outcome])).toEqual([
      ['manager', 'connect Kisi with an API key', 'failed'],
      ['manager', 'disconnect Kisi', 'succeeded'],
      ['manager', 'forbid in-app unlock', 'succeeded'],
      ['manager', `choose Kisi place ${place!.name.replace(/\d+/g, '#')} (#)`, 'succeeded'],
      ['manager', `sign in to Kisi as ${sandbox.admin.email}`, 'succeeded'],
      ['manager', `sign in to Kisi as ${sandbox.admin.email}`, 'failed'],
    ])
    expect(trail.entries[5]!.detail).toMatch(/password is wrong/)
    const times = trail.entries.map((entry) => Date.parse(entry.at))
    expect(times.every((time, index) => Number.isFinite(time) && (index === 0 || time <= times[index - 1]!))).toBe(true)
    const problems = await call<AuditPage>('audit.list', { page: 0, problemsOnly: true })
    expect(problems).toMatchObject({ total: 2, entries: [{ action: 'connect Kisi with an API key' }, { outcome: 'failed' }] })

    services.sessions.start('reception')
    await expect(call('audit.list', { page: 0 })).rejects.toMatchObject({ code: 'forbidden' })
  })

  it('lists the places and remembers the one chosen', async () => {
    await signIn()
    const places = await call<{ id: number; name: string }[]>('kisi.places')
    expect(places.map((place) => place.name)).toEqual(['Demo HQ', 'Demo Warehouse'])
    expect(await call<KisiStatus>('kisi.choosePlace', { placeId: places[0]!.id })).toMatchObject({ place: { name: 'Demo HQ' } })
    await expect(call('kisi.choosePlace', { placeId: 999_999 })).rejects.toMatchObject({ code: 'not_found' })
  })

  it('keeps the connection across a restart, and reconnects after a disconnect only when asked', async () => {
    await signIn()
    await services.close()
    services = await startTestApp(directory, undefined, { kisiRequestsPerSecond: 100 })
    services.sessions.start('manager')
    expect((await call<KisiStatus>('kisi.status')).state).toBe('connected')
    await call('kisi.disconnect')
    expect(await call<KisiStatus>('kisi.status')).toMatchObject({ state: 'not-connected', connectedAs: null })
    expect(services.settings.get().kisi.sealedApiKey).toBeNull()
  })

  it('shows "connection lost" after Kisi revokes the key (visitors: visit-reliability.test.ts)', async () => {
    const status = await call<KisiStatus>('kisi.connect', { apiKey: sandbox.apiKey, baseUrl: sandbox.url })
    expect(status.state).toBe('connected')
    sandbox.revokeKey(sandbox.apiKey)
    await expect(call('kisi.places')).rejects.toMatchObject({ code: 'kisi_not_connected', message: expect.stringContaining('no longer valid') })
    expect((await call<KisiStatus>('kisi.status')).state).toBe('key-invalid')
  })

  it('tries the demo: the built-in sandbox starts, is connected and its place chosen', async () => {
    const status = await call<KisiStatus>('kisi.tryDemo')
    expect(status).toMatchObject({ state: 'connected', demo: true, place: { name: 'Demo HQ' }, connectedAs: 'admin@demo.example' })
    expect(status.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect((await call<{ name: string }[]>('doors.list')).length).toBe(8)
  })

  it('starts the demo without the sandbox control routes: each answers 404 like an unknown route', async () => {
    const { baseUrl } = await call<KisiStatus>('kisi.tryDemo')
    // Calls without a key count against Kisi's 5 requests/s per IP, which the demo keeps too.
    const paced = async (url: string, init?: RequestInit): Promise<Response> => {
      await new Promise((resolve) => setTimeout(resolve, 210))
      return fetch(url, init)
    }
    const unknownRoute = await paced(`${baseUrl}/no-such-route`)
    const notFound = await unknownRoute.json()
    expect(unknownRoute.status).toBe(404)
    for (const path of ['/__sandbox/faults', '/__sandbox/reset', '/__sandbox/revoke-key']) {
      for (const method of ['GET', 'POST']) {
        // The text/plain POST a cross-site page could send, and a bearer token a caller might guess.
        const body = method === 'POST' ? JSON.stringify({ errorRate: 1, dropRate: 1 }) : null
        const answer = await paced(baseUrl + path, { method, headers: { 'content-type': 'text/plain', authorization: 'Bearer guessed-token-0123456789' }, body })
        expect({ path, method, status: answer.status, body: await answer.json() }).toEqual({ path, method, status: 404, body: notFound })
      }
    }
    expect((await call<{ name: string }[]>('doors.list')).length).toBe(8)
  })
})
