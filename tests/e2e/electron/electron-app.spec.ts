import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { _electron as electron, expect, test } from '@playwright/test'
import { findElectronBinary } from '../../../electron/launch/electron-binary'

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '../../..')
const binary = findElectronBinary()
if (!binary.found) {
  process.stdout.write(`Electron e2e skipped: ${binary.reason}.\n`)
}

test.describe('the Electron app', () => {
  test.skip(!binary.found, binary.found ? '' : `No Electron binary: ${binary.reason}`)

  test('opens the welcome screen in a sandboxed, isolated window with only window.kiosk exposed', async () => {
    const dataDirectory = mkdtempSync(join(tmpdir(), 'frontdesk-electron-'))
    const env = Object.fromEntries(
      Object.entries({ ...process.env, FRONTDESK_DATA_DIR: dataDirectory }).filter(
        (entry): entry is [string, string] => entry[1] !== undefined && entry[0] !== 'ELECTRON_RUN_AS_NODE',
      ),
    )
    const app = await electron.launch({ executablePath: binary.found ? binary.path : '', args: [projectRoot], env })
    try {
      const window = await app.firstWindow()
      await expect(window.getByTestId('organisation-name')).toHaveText('Frontdesk')
      const exposed = await window.evaluate(() => {
        const page = globalThis as unknown as Record<string, unknown>
        return { kiosk: typeof page['kiosk'], require: typeof page['require'], process: typeof page['process'] }
      })
      expect(exposed).toEqual({ kiosk: 'object', require: 'undefined', process: 'undefined' })
      const preferences = await app.evaluate(({ BrowserWindow }) => {
        const [first] = BrowserWindow.getAllWindows()
        const contents = first?.webContents as unknown as { getLastWebPreferences(): Record<string, unknown> } | undefined
        return contents?.getLastWebPreferences()
      })
      expect(preferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, webviewTag: false })
    } finally {
      await app.close()
      rmSync(dataDirectory, { recursive: true, force: true })
    }
  })
})
