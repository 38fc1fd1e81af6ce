import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { HostConnection } from '@renderer/api/host-connection'
import { createWebHostKioskApi } from '@renderer/api/web-host-kiosk-api'

/** A WebSocket the test opens and closes by hand. */
class FakeSocket {
  static made: FakeSocket[] = []
  readonly #listeners = new Map<string, (event: unknown) => void>()
  constructor(readonly url: URL) {
    FakeSocket.made.push(this)
  }
  addEventListener(name: string, listener: (event: unknown) => void): void {
    this.#listeners.set(name, listener)
  }
  fire(name: 'open' | 'close'): void {
    this.#listeners.get(name)?.({})
  }
}

const answer = (status: number, body: unknown = { ok: true, value: null }): Response => new Response(JSON.stringify(body), { status })
const status = { organisationName: 'Frontdesk', language: 'en', idleTimeoutSeconds: 60, passDisplaySeconds: 10, accessLinkBase: 'https://web.kisi.io/grouplinks/', appVersion: '0.1.0' }

describe('the browser host transport after the host went away', () => {
  const fetchSpy = vi.fn<(url: URL) => Promise<Response>>()
  let connection: HostConnection

  beforeEach(() => {
    vi.useFakeTimers()
    FakeSocket.made = []
    vi.stubGlobal('WebSocket', FakeSocket)
    vi.stubGlobal('fetch', fetchSpy)
    fetchSpy.mockReset()
    connection = new HostConnection()
  })
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })

  const lastSocket = (): FakeSocket => FakeSocket.made.at(-1)!

  it('says it is reconnecting, tries again with growing waits, and is connected once the host answers', async () => {
    createWebHostKioskApi(new URL('http://127.0.0.1:9/'), 'kept', connection)
    lastSocket().fire('open')
    fetchSpy.mockRejectedValue(new TypeError('Failed to fetch'))
    lastSocket().fire('close')
    expect(connection.state).toBe('reconnecting')

    await vi.advanceTimersByTimeAsync(1_000)
    expect(fetchSpy).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(1_999)
    expect(fetchSpy).toHaveBeenCalledTimes(1)
    fetchSpy.mockResolvedValue(answer(200, { ok: true, value: status }))
    await vi.advanceTimersByTimeAsync(1)
    expect(FakeSocket.made).toHaveLength(2)
    expect(String(lastSocket().url)).toBe('ws://127.0.0.1:9/api/events?token=kept')
    expect(connection.state).toBe('reconnecting')
    lastSocket().fire('open')
    expect(connection.state).toBe('connected')
  })

  it('holds a call made during a restart until the host is back, instead of failing it', async () => {
    const api = createWebHostKioskApi(new URL('http://127.0.0.1:9/'), 'kept', connection)
    fetchSpy.mockResolvedValue(answer(200, { ok: true, value: status }))
    lastSocket().fire('close')
    const call = api.kiosk.status()
    await vi.advanceTimersByTimeAsync(1_000)
    expect(fetchSpy.mock.calls.map(([url]) => String(url))).toEqual(['http://127.0.0.1:9/api/calls/kiosk.status'])
    lastSocket().fire('open')
    expect(await call).toEqual({ ok: true, value: status })
    expect(fetchSpy).toHaveBeenCalledTimes(2)
  })

  it('stops trying and says so when the host refuses the token (started with --new-token)', async () => {
    createWebHostKioskApi(new URL('http://127.0.0.1:9/'), 'old', connection)
    fetchSpy.mockResolvedValue(answer(401, { ok: false, error: { code: 'unauthorized', message: 'This request needs the browser host token.' } }))
    lastSocket().fire('close')
    await vi.advanceTimersByTimeAsync(1_000)
    expect(connection.state).toBe('refused')
    await vi.advanceTimersByTimeAsync(60_000)
    expect(FakeSocket.made).toHaveLength(1)
    expect(fetchSpy).toHaveBeenCalledTimes(1)
  })

  it('counts a call refused for its token as a refusal too', async () => {
    const api = createWebHostKioskApi(new URL('http://127.0.0.1:9/'), 'old', connection)
    fetchSpy.mockResolvedValue(answer(401, { ok: false, error: { code: 'unauthorized', message: 'This request needs the browser host token.' } }))
    expect(await api.kiosk.status()).toMatchObject({ ok: false, error: { code: 'unauthorized' } })
    expect(connection.state).toBe('refused')
  })
})
