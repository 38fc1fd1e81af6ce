import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { success } from '@shared/ipc/result'
import { EventBus } from '../../electron/ipc/event-bus'
import { silentLogger } from '../../electron/services/ports'
import { defaultWebHostTimeouts, startWebHostServer, type WebHostServer } from '../../electron/web-host/web-host-server'

const token = 'timeouts-test-token-0123456789abcdef'

/** Opens a raw connection, lets `talk` write to it (slowly, if it likes) and collects everything answered until the host closes it. */
function converse(port: number, talk: (write: (text: string) => boolean) => void): Promise<{ answer: string; afterMs: number }> {
  return new Promise((resolve) => {
    const started = Date.now()
    let answer = ''
    const socket = connect({ host: '127.0.0.1', port }, () => talk((text) => !socket.destroyed && socket.write(text)))
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString()))
    socket.on('error', () => undefined)
    socket.on('close', () => resolve({ answer, afterMs: Date.now() - started }))
  })
}

/** Writes `text` every `everyMs` until the connection is gone. */
function trickle(write: (text: string) => boolean, text: string, everyMs: number): void {
  const timer = setInterval(() => {
    if (!write(text)) clearInterval(timer)
  }, everyMs)
}

describe('the browser host’s time limits', () => {
  let server: WebHostServer
  let rendererRoot: string
  let dispatched: string[]

  beforeEach(async () => {
    rendererRoot = mkdtempSync(join(tmpdir(), 'frontdesk-timeouts-'))
    writeFileSync(join(rendererRoot, 'index.html'), '<title>fixture</title>')
    dispatched = []
    server = await startWebHostServer({
      dispatch: async (name) => {
        dispatched.push(name)
        return success({ answered: name })
      },
      events: new EventBus(),
      mayReceive: () => true,
      rendererRoot,
      port: 0,
      token,
      logger: silentLogger,
      timeouts: { headersMs: 400, bodyMs: 300, requestMs: 2_000, checkEveryMs: 100 },
    })
  })
  afterEach(async () => {
    await server.close()
    rmSync(rendererRoot, { recursive: true, force: true })
  })

  const head = (length: number, extra = '') =>
    `POST /api/calls/kiosk.status HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nAuthorization: Bearer ${token}\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\n${extra}\r\n`

  it('answers 408 and closes the connection when a body trickles in too slowly', async () => {
    const { answer, afterMs } = await converse(server.port, (write) => {
      write(head(200))
      trickle(write, ' ', 50)
    })
    expect(answer).toMatch(/^HTTP\/1\.1 408 /)
    expect(answer).toContain('"code":"invalid_request"')
    expect(afterMs).toBeLessThan(2_000)
    expect(dispatched).toEqual([])
  })

  it('answers 408 when the headers never end', async () => {
    const { answer, afterMs } = await converse(server.port, (write) => {
      write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\n`)
      trickle(write, 'X-Slow: 1\r\n', 50)
    })
    expect(answer).toMatch(/^HTTP\/1\.1 408 /)
    expect(afterMs).toBeLessThan(2_000)
  })

  it('still answers a body that arrives in time, and stays up after the slow ones', async () => {
    await converse(server.port, (write) => {
      write(head(10))
      trickle(write, ' ', 100)
    })
    const { answer } = await converse(server.port, (write) => write(`${head(2, 'Connection: close\r\n')}{}`))
    expect(answer).toMatch(/^HTTP\/1\.1 200 /)
    expect(dispatched).toEqual(['kiosk.status'])
  })

  it('gives a body 10 s and the headers 10 s by default, with a backstop for the whole request', () => {
    expect(defaultWebHostTimeouts).toMatchObject({ bodyMs: 10_000, headersMs: 10_000 })
    expect(defaultWebHostTimeouts.requestMs).toBeLessThanOrEqual(30_000)
  })
})
