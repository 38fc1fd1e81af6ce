import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, bench, describe } from 'vitest'
import { runWebHost } from '../../electron/web-host/run-web-host'
import { startTestApp } from '../fixtures/test-app'

/**
 * What every screen pays: one contract call through the dispatcher (parse, access check, handler,
 * answer check), the same call over the browser host's HTTP transport, and a staff PIN check.
 */
const dataDirectory = mkdtempSync(join(tmpdir(), 'frontdesk-bench-'))
const services = await startTestApp(join(dataDirectory, 'direct'))
await services.dispatch('staff.setupPins', { managerPin: '2468', receptionPin: '1357' })
const webHost = await runWebHost(
  { port: 0, dataDirectory: join(dataDirectory, 'host'), rendererRoot: fileURLToPath(new URL('../fixtures/renderer', import.meta.url)) },
  'bench',
)
const webHostUrl = new URL(webHost.server.url)
const token = webHostUrl.searchParams.get('token') ?? ''

afterAll(async () => {
  services.close()
  await webHost.stop()
  rmSync(dataDirectory, { recursive: true, force: true })
})

describe('contract call', () => {
  bench('dispatch kiosk.status in process', async () => {
    await services.dispatch('kiosk.status', {})
  })

  bench('kiosk.status over the browser host (HTTP, token, JSON)', async () => {
    const response = await fetch(`${webHostUrl.origin}/api/calls/kiosk.status`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: '{}',
    })
    await response.json()
  })
})

describe('staff PIN', () => {
  bench(
    'staff.unlock with the right PIN (two scrypt checks)',
    async () => {
      await services.dispatch('staff.unlock', { pin: '1357' })
    },
    { iterations: 20, time: 0 },
  )
})
