import { mkdirSync, writeFileSync } from 'node:fs'
import { connect } from 'node:net'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { callNames, calls, isCallName } from '@shared/ipc/contract'
import { resultSchemaFor } from '@shared/ipc/result'
import type { StaffRole } from '@shared/schemas/staff-access'
import { createApp, type KioskApp } from '../../electron/app/create-app'
import type { Logger } from '../../electron/services/ports'
import { systemClock } from '../../electron/services/ports'
import { createKeyFileSecretBox } from '../../electron/services/secrets/key-file-secret-box'
import { createConfSettingsBackend } from '../../electron/services/settings/conf-settings-backend'
import { startWebHostServer, type WebHostServer } from '../../electron/web-host/web-host-server'
import { malformedBody, payloadFor, SeededRandom, spoilt } from '../fixtures/contract-fuzzer'
import { FakeHid, pcProxInfo } from '../fixtures/fake-hid'
import { useTempDirectory } from '../fixtures/temp-directory'

const callCount = 3_000
const inFlight = 8
// Valid payloads of these would wait on Kisi (connection attempts with retries); they are fuzzed malformed only.
const malformedOnly = new Set(['kisi.connect', 'kisi.signIn', 'kisi.tryDemo'])
const oddNames = ['constructor', '__proto__', 'toString', 'hasOwnProperty', '', 'visits.', 'visits.checkIn/extra', '%00', '..%2fkiosk.status', 'x'.repeat(3_000)]

/** A WebSocket frame from the page (masked with a zero key), with any opcode and length. */
function frame(opcode: number, payload: Uint8Array, { final = true, masked = true } = {}): Buffer {
  const length = payload.length < 126 ? [payload.length] : payload.length < 65_536 ? [126, payload.length >> 8, payload.length & 0xff] : [127, 0, 0, 0, 0, 0, payload.length >> 16, (payload.length >> 8) & 0xff, payload.length & 0xff]
  return Buffer.concat([Buffer.from([(final ? 0x80 : 0) | opcode, (masked ? 0x80 : 0) | length[0]!, ...length.slice(1)]), masked ? Buffer.alloc(4) : Buffer.alloc(0), payload])
}

describe('the browser host under fuzzed calls', () => {
  const tempDirectory = useTempDirectory()
  let services: KioskApp
  let server: WebHostServer
  let origin: string
  const token = 'fuzz-token-0123456789abcdefghijkl'
  const loggedErrors: string[] = []
  const logger: Logger = { info: () => {}, warn: () => {}, error: (message, details) => void loggedErrors.push(`${message} ${JSON.stringify(details ?? {})}`) }

  beforeEach(async () => {
    const root = tempDirectory()
    const rendererRoot = join(root, 'renderer')
    mkdirSync(rendererRoot)
    writeFileSync(join(rendererRoot, 'index.html'), '<title>fixture</title>')
    // A reader on the bus, so the scanner calls meet a device as well as ids that are not plugged in.
    const hid = new FakeHid()
    hid.add(pcProxInfo())
    services = await createApp({
      runtime: 'browser-host',
      appVersion: '0.0.0-fuzz',
      dataDirectory: join(root, 'data'),
      createSettingsBackend: createConfSettingsBackend,
      createSecretBox: async (directory) => createKeyFileSecretBox(directory),
      clock: systemClock,
      logger,
      hid,
    })
    // Not connected to Kisi, and any address it might be pointed at refuses at once.
    services.settings.update((draft) => void (draft.kisi.baseUrl = 'http://127.0.0.1:9'))
    server = await startWebHostServer({ dispatch: services.dispatch, events: services.events, mayReceive: services.mayReceive, rendererRoot, port: 0, token, logger })
    origin = `http://127.0.0.1:${server.port}`
  })
  afterEach(async () => {
    await server.close()
    await services.close()
  })

  const post = (name: string, body: string | Uint8Array<ArrayBuffer>, contentType: string | null = 'application/json') =>
    fetch(`${origin}/api/calls/${name}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, ...(contentType ? { 'content-type': contentType } : {}) }, body })

  it('answers thousands of malformed calls on every channel, as public, reception and manager, within the contract', async () => {
    const seed = Number(process.env['FUZZ_SEED'] ?? Math.floor(Math.random() * 2 ** 31))
    process.stdout.write(`Fuzzing the browser host with seed ${seed} (FUZZ_SEED=${seed} repeats this run)\n`)
    const random = new SeededRandom(seed)
    expect((await post('staff.setupPins', JSON.stringify({ managerPin: '13579', receptionPin: '24680' }))).status).toBe(200)

    const problems: string[] = []
    const roles: (StaffRole | null)[] = [null, 'reception', 'manager']
    let validPayloads = 0
    for (let sent = 0; sent < callCount; sent += inFlight) {
      const role = random.pick(roles)
      if (role) services.sessions.start(role)
      else services.sessions.end('locked')
      const batch = Array.from({ length: inFlight }, () => {
        const name = random.chance(0.03) ? random.pick(oddNames) : random.pick(callNames)
        if (isCallName(name) && random.chance(0.9)) {
          const request = calls[name].request
          let payload = payloadFor(request, random)
          // Most calls are spoilt on purpose; a few valid ones keep the handlers' own checks in the run.
          if (request.safeParse(payload).success && (malformedOnly.has(name) || random.chance(0.8))) payload = spoilt(payload, random)
          if (request.safeParse(payload).success) validPayloads += 1
          return { name, body: JSON.stringify(payload) ?? '', contentType: 'application/json' as string | null }
        }
        return { name, ...malformedBody(random) }
      })
      await Promise.all(
        batch.map(async ({ name, body, contentType }) => {
          const response = await post(name, body, contentType)
          const text = await response.text()
          const schema = resultSchemaFor(isCallName(name) ? calls[name].response : z.never())
          const answer = schema.safeParse(JSON.parse(text) as unknown)
          const where = `${role ?? 'public'} ${name.slice(0, 40)} ${typeof body === 'string' ? body.slice(0, 120) : '<bytes>'}`
          if (response.status >= 500) problems.push(`${response.status} for ${where}`)
          else if (!answer.success) problems.push(`an answer outside the contract for ${where}: ${text.slice(0, 200)}`)
          else if (!answer.data.ok && answer.data.error.code === 'internal') problems.push(`an internal failure for ${where}`)
        }),
      )
    }
    process.stdout.write(`${callCount} calls, ${validPayloads} of them valid; ${problems.length} problems\n`)

    expect(problems.slice(0, 10), `seed ${seed}`).toEqual([])
    expect(loggedErrors.slice(0, 10), `seed ${seed}`).toEqual([])
    expect(({} as Record<string, unknown>)['polluted'], 'prototype pollution').toBeUndefined()
    services.sessions.end('locked')
    expect(await (await post('kiosk.status', '{}')).json()).toMatchObject({ ok: true })
  })

  it('survives malformed WebSocket frames and handshakes, and still answers', async () => {
    const seed = Number(process.env['FUZZ_SEED'] ?? Math.floor(Math.random() * 2 ** 31))
    process.stdout.write(`Fuzzing the event socket with seed ${seed}\n`)
    const random = new SeededRandom(seed)
    const handshake = (target: string, extra = '') =>
      `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n${extra}\r\n`
    const randomBytes = (length: number) => Uint8Array.from({ length }, () => random.below(256))
    const abuses: Buffer[][] = [
      [Buffer.from(handshake('//'))],
      [Buffer.from(handshake('http://[::1'))],
      [Buffer.from(handshake(`/api/events?token=${token}`).replace('Version: 13', 'Version: 99'))],
      [Buffer.from(handshake(`/api/events?token=${token}`).replace(/Sec-WebSocket-Key: [^\r]+\r\n/, ''))],
      ...Array.from({ length: 40 }, () => [
        Buffer.from(handshake(`/api/events?token=${token}`)),
        random.pick([
          frame(random.below(16), randomBytes(random.below(200))),
          frame(0x1, randomBytes(5_000)),
          frame(0x1, randomBytes(70_000)),
          frame(0x9, randomBytes(200)),
          frame(0x1, randomBytes(10), { masked: false }),
          frame(0x8, Uint8Array.from([0x03, 0xe7])),
          frame(0x1, randomBytes(10), { final: false }),
          Buffer.from(randomBytes(1 + random.below(64))),
        ]),
      ]),
    ]
    for (const writes of abuses) {
      await new Promise<void>((resolve) => {
        const socket = connect({ host: '127.0.0.1', port: server.port }, () => {
          for (const write of writes) socket.write(write)
          setTimeout(() => socket.destroy(), 30)
        })
        socket.on('error', () => undefined)
        socket.on('close', () => resolve())
      })
    }
    expect(loggedErrors, `seed ${seed}`).toEqual([])
    expect(await (await post('kiosk.status', '{}')).json()).toMatchObject({ ok: true })
  })
})
