import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { findElectronBinary } from '../../electron/launch/electron-binary'
import { useTempDirectory } from '../fixtures/temp-directory'

const projectRoot = fileURLToPath(new URL('../..', import.meta.url))
const electronHere = findElectronBinary().found
if (electronHere) {
  process.stdout.write('Launcher fallback test skipped: an Electron binary is installed here, so npm start would open Electron instead of falling back.\n')
}

/** Runs `node dist/node/launch.js` until the browser host prints its address; resolves with the output so far and that address. */
function launchUntilHost(args: string[], env: NodeJS.ProcessEnv): Promise<{ output: string; url: string; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, [join(projectRoot, 'dist/node/launch.js'), ...args], { env })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  return new Promise((resolve, reject) => {
    let output = ''
    const timer = setTimeout(() => reject(new Error(`No browser host address within 20 s:\n${output}`)), 20_000)
    const read = (chunk: Buffer): void => {
      output += chunk.toString()
      const url = /Frontdesk is running at (http:\/\/\S+)/.exec(output)?.[1]
      if (!url) return
      clearTimeout(timer)
      resolve({ output, url, stop: () => (child.kill('SIGTERM'), exited) })
    }
    child.stdout.on('data', read)
    child.stderr.on('data', read)
    void exited.then(() => reject(new Error(`The launcher exited:\n${output}`)))
  })
}

/**
 * `npm start` on a machine without Electron's binary: it downloads through Electron's own downloader
 * (pointed here at a local mirror that has no such file), and only when that fails says why in one
 * line and starts the browser host.
 */
describe.skipIf(electronHere)('npm start without the Electron binary', () => {
  const tempDirectory = useTempDirectory()
  let mirror: Server
  const asked: string[] = []

  beforeAll(() => {
    if (!existsSync(join(projectRoot, 'dist/node/launch.js'))) throw new Error('Build first: npm run build')
  })
  afterEach(() => new Promise<void>((resolve) => mirror.close(() => resolve())))

  it('tries to download it, then falls back to the browser host in one line with the reason, and the host answers', async () => {
    mirror = createServer((request, response) => {
      asked.push(request.url ?? '')
      response.writeHead(404).end()
    })
    await new Promise<void>((resolve) => mirror.listen(0, '127.0.0.1', () => resolve()))
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ELECTRON_MIRROR: `http://127.0.0.1:${(mirror.address() as AddressInfo).port}/`,
      electron_config_cache: tempDirectory(),
    }
    delete env['ELECTRON_OVERRIDE_DIST_PATH']
    delete env['ELECTRON_SKIP_BINARY_DOWNLOAD']

    const started = Date.now()
    const launched = await launchUntilHost(['--port', '0', '--data-dir', tempDirectory()], env)
    try {
      expect(Date.now() - started).toBeLessThan(15_000)
      expect(asked.some((path) => /electron-v[\d.]+-\w+-\w+\.zip$/.test(path))).toBe(true)
      const lines = launched.output.split('\n')
      expect(lines[0]).toMatch(/^Electron's binary is not here yet: downloading it once \(giving up after 10 min, or 20 s without data\)…$/)
      expect(lines[1]).toMatch(/^Electron is not available \(its download failed: .*404.*\); starting the browser host instead\.$/)
      const token = new URL(launched.url).searchParams.get('token') ?? ''
      const answer = await fetch(new URL('/api/calls/kiosk.status', launched.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: '{}',
      })
      expect(await answer.json()).toMatchObject({ ok: true, value: { organisationName: 'Frontdesk' } })
    } finally {
      await launched.stop()
    }
  })
})
