import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

describe('kiosk API transport', () => {
  beforeEach(() => {
    vi.resetModules()
    sessionStorage.clear()
    vi.stubGlobal('WebSocket', class { addEventListener() {} })
  })
  afterEach(() => {
    vi.unstubAllGlobals()
    Reflect.deleteProperty(window, 'kiosk')
    window.history.replaceState(null, '', '/')
  })

  it('uses window.kiosk when the Electron preload provides it', async () => {
    const preload = { kiosk: { status: vi.fn() }, subscribe: vi.fn() }
    Object.defineProperty(window, 'kiosk', { value: preload, configurable: true })
    const { isConnected, kioskApi } = await import('@renderer/api/kiosk-api')
    expect(isConnected).toBe(true)
    expect(kioskApi()).toBe(preload)
  })

  it('takes the host token from the address, keeps it for reloads and removes it from the address bar', async () => {
    window.history.replaceState(null, '', '/?token=abc123#/staff')
    const fetchSpy = vi.fn(async () => new Response(JSON.stringify({ ok: true, value: null })))
    vi.stubGlobal('fetch', fetchSpy)
    const { isConnected, kioskApi } = await import('@renderer/api/kiosk-api')
    expect(isConnected).toBe(true)
    expect(window.location.search).toBe('')
    expect(window.location.hash).toBe('#/staff')
    expect(sessionStorage.getItem('frontdesk.hostToken')).toBe('abc123')
    await kioskApi().staff.lock()
    const [url, init] = fetchSpy.mock.calls[0] as unknown as [URL, RequestInit]
    expect(String(url)).toMatch(/\/api\/calls\/staff\.lock$/)
    expect(init.headers).toMatchObject({ authorization: 'Bearer abc123' })
  })

  it('reports not connected without a preload or a token', async () => {
    const { isConnected, kioskApi } = await import('@renderer/api/kiosk-api')
    expect(isConnected).toBe(false)
    expect(() => kioskApi()).toThrow(/not connected/)
  })

  it('treats an answer outside the contract as the service being unavailable', async () => {
    window.history.replaceState(null, '', '/?token=t')
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ ok: true, value: { organisationName: 7 } }))))
    const { kioskApi } = await import('@renderer/api/kiosk-api')
    expect(await kioskApi().kiosk.status()).toMatchObject({ ok: false, error: { code: 'unavailable' } })
  })
})
