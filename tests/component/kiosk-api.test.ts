import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { connectKioskApi } from '@renderer/api/kiosk-api'

describe('kiosk API transport', () => {
  beforeEach(() => {
    sessionStorage.clear()
    vi.stubGlobal('WebSocket', class { addEventListener() {} })
  })
  afterEach(() => {
    vi.unstubAllGlobals()
    Reflect.deleteProperty(window, 'kiosk')
    window.history.replaceState(null, '', '/')
  })

  it('uses window.kiosk when the Electron preload provides it', () => {
    const preload = { kiosk: { status: vi.fn() }, subscribe: vi.fn() }
    Object.defineProperty(window, 'kiosk', { value: preload, configurable: true })
    expect(connectKioskApi()).toMatchObject({ api: preload, connection: { state: 'connected' } })
  })

  it('takes the host token from the address, keeps it for reloads and removes it from the address bar', async () => {
    window.history.replaceState(null, '', '/?token=abc123#/staff')
    const fetchSpy = vi.fn(async () => new Response(JSON.stringify({ ok: true, value: null })))
    vi.stubGlobal('fetch', fetchSpy)
    const transport = connectKioskApi()
    expect(transport).not.toBeNull()
    expect(window.location.search).toBe('')
    expect(window.location.hash).toBe('#/staff')
    expect(sessionStorage.getItem('frontdesk.webHostToken')).toBe('abc123')
    await transport!.api.staff.lock()
    const [url, init] = fetchSpy.mock.calls[0] as unknown as [URL, RequestInit]
    expect(String(url)).toMatch(/\/api\/calls\/staff\.lock$/)
    expect(init.headers).toMatchObject({ authorization: 'Bearer abc123' })
  })

  it('finds the token kept for this tab after a reload', () => {
    sessionStorage.setItem('frontdesk.webHostToken', 'kept')
    expect(connectKioskApi()).not.toBeNull()
  })

  it('reports not connected without a preload or a token', () => {
    expect(connectKioskApi()).toBeNull()
  })

  it('treats an answer outside the contract as the service being unavailable', async () => {
    window.history.replaceState(null, '', '/?token=t')
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ ok: true, value: { organisationName: 7 } }))))
    expect(await connectKioskApi()!.api.kiosk.status()).toMatchObject({ ok: false, error: { code: 'unavailable' } })
  })
})
