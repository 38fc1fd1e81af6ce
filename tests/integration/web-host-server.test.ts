import { mkdirSync, writeFileSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import { networkInterfaces } from 'node:os'
import { connect, type Socket } from 'node:net'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import { runWebHost, type RunningWebHost } from '../../electron/web-host/run-web-host'
import { useTempDirectory } from '../fixtures/temp-directory'

/** Sends a raw GET, so the path reaches the browser host exactly as written (fetch would normalise `..`). */
function rawGet(port: number, path: string, headers: Record<string, string> = {}): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: '127.0.0.1', port, path, headers }, (response) => {
      response.resume()
      resolve(response.statusCode)
    })
    request.once('error', reject)
    request.end()
  })
}

describe('the browser host', () => {
  const tempDirectory = useTempDirectory()
  let webHost: RunningWebHost
  let origin: string
  let token: string
  let rendererRoot: string

  beforeEach(async () => {
    const root = tempDirectory()
    rendererRoot = join(root, 'renderer')
    mkdirSync(rendererRoot)
    writeFileSync(join(rendererRoot, 'index.html'), '<title>fixture renderer</title>')
    writeFileSync(join(root, 'secret.key'), 'must never be served')
    webHost = await runWebHost({ port: 0, dataDirectory: join(root, 'data'), rendererRoot }, '0.0.0-test')
    const url = new URL(webHost.server.url)
    origin = url.origin
    token = url.searchParams.get('token') ?? ''
  })
  afterEach(() => webHost.stop())

  const call = (name: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${origin}/api/calls/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    })

  it('prints a loopback URL with a long random token', () => {
    expect(webHost.server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{32}$/)
  })

  it('listens on 127.0.0.1 only', async () => {
    const externalAddress = Object.values(networkInterfaces())
      .flat()
      .find((address) => address && address.family === 'IPv4' && !address.internal)?.address
    if (!externalAddress) {
      process.stdout.write('No non-loopback IPv4 address on this machine; checked the bound address only.\n')
    } else {
      const refused = await new Promise<boolean>((resolve) => {
        const socket = connect({ host: externalAddress, port: webHost.server.port })
        socket.once('connect', () => {
          socket.destroy()
          resolve(false)
        })
        socket.once('error', () => resolve(true))
      })
      expect(refused).toBe(true)
    }
    expect(webHost.server.boundAddress).toBe('127.0.0.1')
  })

  it('answers calls carrying the token', async () => {
    const response = await call('kiosk.status', {})
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ ok: true, value: { organisationName: 'Frontdesk' } })
  })

  it.each([
    ['no token', {}],
    ['a wrong token', { authorization: 'Bearer not-the-token' }],
    ['the token as a cookie-like header', { authorization: '', cookie: 'token=x' }],
  ])('refuses calls with %s: 401', async (_label, headers) => {
    const response = await fetch(`${origin}/api/calls/kiosk.status`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: '{}',
    })
    expect(response.status).toBe(401)
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'unauthorized' } })
  })

  it('refuses other Host names, which stops DNS rebinding', async () => {
    expect(await rawGet(webHost.server.port, '/', { host: `evil.example:${webHost.server.port}` })).toBe(403)
    expect(await rawGet(webHost.server.port, '/')).toBe(200)
  })

  it('turns bad bodies into clear errors, not crashes', async () => {
    expect((await call('kiosk.status', '{not json')).status).toBe(400)
    expect((await call('kiosk.status', '{}', { 'content-type': 'text/plain' })).status).toBe(415)
    expect((await call('kiosk.status', JSON.stringify({ pad: 'x'.repeat(1_100_000) }))).status).toBe(413)
    expect(await (await call('staff.unlock', { pin: 'x' })).json()).toMatchObject({ ok: false, error: { code: 'invalid_request' } })
    expect((await call('kiosk.status', {})).status).toBe(200)
  })

  it('serves the renderer with the CSP and refuses paths outside it', async () => {
    const page = await fetch(`${origin}/`)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'")
    expect(await page.text()).toContain('fixture renderer')
    for (const path of ['/../secret.key', '/%2e%2e/secret.key', '/..%2fsecret.key', '/assets/../../secret.key']) {
      expect(await rawGet(webHost.server.port, path), path).toBe(404)
    }
  })

  it.each(['//', 'http://[::1', 'http://%zz/', '//evil.example/api/calls/kiosk.status', '*'])('answers the malformed request target %s with 400, and keeps serving', async (target) => {
    expect(await rawGet(webHost.server.port, target)).toBe(400)
    expect(await rawGet(webHost.server.port, target, { authorization: `Bearer ${token}` })).toBe(400)
    expect(await rawGet(webHost.server.port, '/')).toBe(200)
  })

  it('refuses an event socket opened on a malformed target, and keeps serving', async () => {
    for (const target of ['//', 'http://[::1', 'http://%zz/']) {
      const answer = await new Promise<string>((resolve) => {
        const socket = connect({ host: '127.0.0.1', port: webHost.server.port }, () => {
          socket.write(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${webHost.server.port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n`)
        })
        let received = ''
        socket.on('data', (chunk: Buffer) => (received += chunk.toString()))
        socket.on('close', () => resolve(received))
        socket.on('error', () => resolve(received))
      })
      expect(answer, target).toMatch(/^HTTP\/1\.1 401 /)
    }
    expect((await call('kiosk.status', {})).status).toBe(200)
  })

  it('answers a call name with a broken percent-escape as an unknown call', async () => {
    const response = await fetch(`${origin}/api/calls/%E0%A4%A`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: '{}',
    })
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'unknown_call' } })
  })

  it('survives peers that reset the event socket or send garbage frames', async () => {
    await new Promise<void>((resolve) => {
      const socket = connect({ host: '127.0.0.1', port: webHost.server.port }, () => {
        socket.write(`GET /api/events?token=wrong HTTP/1.1\r\nHost: 127.0.0.1:${webHost.server.port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n`)
        socket.resetAndDestroy()
        resolve()
      })
    })
    const client = new WebSocket(`ws://127.0.0.1:${webHost.server.port}/api/events?token=${token}`, { origin })
    await new Promise((resolve) => client.once('open', resolve))
    const raw = (client as unknown as { _socket: Socket })._socket
    raw.write(Buffer.from([0x83, 0x80, 0, 0, 0, 0]))
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect((await call('kiosk.status', {})).status).toBe(200)
  })

  it('pushes events over the WebSocket to holders of the token only', async () => {
    const eventsUrl = `ws://127.0.0.1:${webHost.server.port}/api/events`
    const refused = await new Promise<string>((resolve) => {
      const socket = new WebSocket(`${eventsUrl}?token=wrong`)
      socket.once('unexpected-response', (_request, response) => resolve(String(response.statusCode)))
      socket.once('open', () => resolve('open'))
      socket.once('error', () => resolve('error'))
    })
    expect(refused).toBe('401')

    const socket = new WebSocket(`${eventsUrl}?token=${token}`, { origin })
    await new Promise((resolve) => socket.once('open', resolve))
    const message = new Promise<unknown>((resolve) => socket.once('message', (data) => resolve(JSON.parse(String(data)))))
    webHost.services.sessions.start('manager')
    await call('settings.update', { organisationName: 'Acme' })
    expect(await message).toMatchObject({ event: 'kiosk.statusChanged', payload: { organisationName: 'Acme' } })
    socket.close()
  })

  it('sends staff events only while a staff session is open', async () => {
    const socket = new WebSocket(`ws://127.0.0.1:${webHost.server.port}/api/events?token=${token}`, { origin })
    await new Promise((resolve) => socket.once('open', resolve))
    const received: string[] = []
    socket.on('message', (data) => received.push((JSON.parse(String(data)) as { event: string }).event))
    webHost.services.events.emit('visits.changed', { visitId: 'while-locked' })
    webHost.services.sessions.start('reception')
    webHost.services.events.emit('visits.changed', { visitId: 'while-open' })
    webHost.services.sessions.end('locked')
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(received).toEqual(['visits.changed', 'staff.sessionEnded'])
    socket.close()
  })

  it('refuses a WebSocket opened by a page from another origin', async () => {
    const outcome = await new Promise<string>((resolve) => {
      const socket = new WebSocket(`ws://127.0.0.1:${webHost.server.port}/api/events?token=${token}`, { origin: 'https://evil.example' })
      socket.once('unexpected-response', (_request, response) => resolve(String(response.statusCode)))
      socket.once('open', () => resolve('open'))
    })
    expect(outcome).toBe('401')
  })

  it('will not start without a built renderer', async () => {
    await expect(runWebHost({ port: 0, dataDirectory: tempDirectory(), rendererRoot: join(rendererRoot, 'missing') }, 'x')).rejects.toThrow(
      /renderer is not built/,
    )
  })
})
