import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type SandboxProcess, startSandboxProcess } from '../e2e/fixtures/sandbox-process'

const projectRoot = fileURLToPath(new URL('../..', import.meta.url))

beforeAll(() => {
  if (!existsSync(join(projectRoot, 'dist/node/sandbox.js'))) throw new Error('Build first: npm run build')
})

describe('npm run sandbox', () => {
  it('prints the connection lines, serves the demo doors to the printed key, and stops on SIGINT', async () => {
    const child = spawn(process.execPath, [join(projectRoot, 'dist/node/sandbox.js'), '--port', '0'])
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    await new Promise<void>((resolve) => {
      const check = (): void => (output.includes('Stop with Ctrl+C') ? resolve() : void setTimeout(check, 20))
      check()
    })
    const lines = Object.fromEntries(output.split('\n').filter((line) => /^KISI_[A-Z_]+=/.test(line)).map((line) => line.split(/=(.*)/s).slice(0, 2)))
    expect(Object.keys(lines)).toEqual(['KISI_BASE_URL', 'KISI_API_KEY', 'KISI_DOMAIN', 'KISI_EMAIL', 'KISI_PASSWORD', 'KISI_SANDBOX_CONTROL_TOKEN'])
    expect(lines['KISI_BASE_URL']).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(lines['KISI_SANDBOX_CONTROL_TOKEN']).toMatch(/^[\w-]{32}$/)

    const response = await fetch(`${lines['KISI_BASE_URL']}/locks`, { headers: { Authorization: `KISI-LOGIN ${lines['KISI_API_KEY']}` } })
    const doors = (await response.json()) as { name: string }[]
    expect(doors.map((door) => door.name)).toContain('Main Entrance')
    expect(response.headers.get('x-collection-range')).toMatch(/^0-\d+\/10$/)

    const exit = new Promise<number | null>((resolve) => child.once('exit', resolve))
    child.kill('SIGINT')
    expect(await exit).toBe(0)
  })
})

describe('npm run sandbox control routes', () => {
  let sandbox: SandboxProcess
  const faults = (init: RequestInit = {}) => fetch(`${sandbox.baseUrl}/__sandbox/faults`, init)
  const errorRate = async (): Promise<unknown> => ((await (await faults({ headers: { authorization: `Bearer ${sandbox.controlToken}` } })).json()) as { errorRate: number }).errorRate

  beforeAll(async () => {
    sandbox = await startSandboxProcess()
  })
  afterAll(() => sandbox.stop())

  it('refuse a request without the printed token', async () => {
    const answer = await faults({ method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"errorRate":1}' })
    expect(answer.status).toBe(401)
    expect((await faults()).status).toBe(401)
    expect(await errorRate()).toBe(0)
  })

  it('refuse a wrong token', async () => {
    const answer = await faults({ method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer not-the-printed-token-000000' }, body: '{"errorRate":1}' })
    expect(answer.status).toBe(401)
    expect(await errorRate()).toBe(0)
  })

  it('refuse the cross-site text/plain POST a web page could send', async () => {
    const answer = await faults({ method: 'POST', headers: { 'content-type': 'text/plain;charset=UTF-8', origin: 'https://evil.example' }, body: '{"errorRate":1}' })
    expect(answer.status).toBe(401)
    expect(await errorRate()).toBe(0)
  })

  it('accept a request with the printed token', async () => {
    await sandbox.setFaults({ errorRate: 1 })
    expect(await errorRate()).toBe(1)
    expect((await fetch(`${sandbox.baseUrl}/user`, { headers: { authorization: `KISI-LOGIN ${sandbox.apiKey}` } })).status).toBe(503)
    await sandbox.setFaults({ errorRate: 0 })
    expect(await errorRate()).toBe(0)
  })
})
