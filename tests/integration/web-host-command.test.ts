import { spawn } from 'node:child_process'
import { existsSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { databaseFileName } from '../../electron/services/database/storage-start'
import { migrations } from '../../electron/services/database/migrations'
import { SqliteDatabase } from '../../electron/services/database/sqlite-database'
import { useTempDirectory } from '../fixtures/temp-directory'

const projectRoot = fileURLToPath(new URL('../..', import.meta.url))

interface Run {
  output: string
  code: number | null
}

/** Runs a built entry until `stopWhen` matches its output (then SIGTERM) or it exits by itself. */
function run(entry: string, args: string[], env: NodeJS.ProcessEnv = {}, stopWhen?: RegExp): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(projectRoot, 'dist/node', entry), ...args], { env: { ...process.env, ...env } })
    let output = ''
    const read = (chunk: Buffer): void => {
      output += chunk.toString()
      if (stopWhen?.test(output)) child.kill('SIGTERM')
    }
    child.stdout.on('data', read)
    child.stderr.on('data', read)
    child.once('exit', (code) => resolve({ output, code }))
  })
}

describe('the built commands', () => {
  const tempDirectory = useTempDirectory()

  beforeAll(() => {
    if (!existsSync(join(projectRoot, 'dist/node/web-host.js'))) throw new Error('Build first: npm run build')
  })

  it('npm start says in one line that Electron is missing, then starts the browser host and stops cleanly', async () => {
    const result = await run('launch.js', ['--port', '0', '--data-dir', tempDirectory()], { ELECTRON_OVERRIDE_DIST_PATH: '/nonexistent' }, /running at http/)
    const lines = result.output.split('\n')
    expect(lines[0]).toMatch(/^Electron is not available \(.+\); starting the browser host instead\.$/)
    expect(result.output).toMatch(/Frontdesk is running at http:\/\/127\.0\.0\.1:\d+\/\?token=\S+/)
    expect(result.code).toBe(0)
  })

  it('start:web refuses a bad port with a plain message', async () => {
    const result = await run('web-host.js', ['--port', 'eighty'])
    expect(result.code).toBe(1)
    expect(result.output).toContain('Frontdesk could not start: --port must be a whole number from 0 to 65535 (got "eighty")')
  })

  it('stops on a database it cannot migrate, saying why, without a stack trace', async () => {
    const directory = tempDirectory()
    SqliteDatabase.open(join(directory, databaseFileName), [...migrations, { version: 77, name: 'future', sql: 'SELECT 1' }]).close()
    const result = await run('web-host.js', ['--port', '0', '--data-dir', directory])
    expect(result.code).toBe(1)
    expect(result.output).toMatch(/Frontdesk could not start: .*newer Frontdesk \(schema 77/)
    expect(result.output).not.toMatch(/\n\s+at /)
  })

  it('refuses to start on a database lost after set-up, and starts once a manager passes --accept-empty-database', async () => {
    const directory = tempDirectory()
    const started = await run('web-host.js', ['--port', '0', '--data-dir', directory], {}, /running at http/)
    expect(started.code).toBe(0)
    rmSync(join(directory, databaseFileName))

    const refused = await run('web-host.js', ['--port', '0', '--data-dir', directory])
    expect(refused.code).toBe(1)
    expect(refused.output).toMatch(/Frontdesk could not start: The kiosk database .* is missing or empty/)
    const accepted = await run('web-host.js', ['--port', '0', '--data-dir', directory, '--accept-empty-database'], {}, /running at http/)
    expect(accepted.output).toMatch(/Notice for managers: databaseStartedEmpty/)
    expect(accepted.code).toBe(0)
  })
})
