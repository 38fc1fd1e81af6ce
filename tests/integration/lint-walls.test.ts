import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

/**
 * The architecture's walls are lint rules; these cases prove each rule fires (and that allowed imports
 * stay allowed), so a loosened config cannot pass unnoticed.
 */
const projectRoot = join(import.meta.dirname, '../..')
const eslint = new ESLint({ cwd: projectRoot })

async function problemsOf(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(projectRoot, path) })
  return (result?.messages ?? []).map((message) => `${message.ruleId}: ${message.message}`)
}

const restricted = expect.arrayContaining([expect.stringMatching(/^@typescript-eslint\/no-restricted-imports: /)])

describe('lint walls', () => {
  it.each([
    ['a service importing the dispatcher', 'electron/services/visits/probe.ts', "import type { Dispatch } from '../../ipc/call-dispatcher'\nexport type P = Dispatch\n"],
    ['a service importing the composition root', 'electron/services/probe.ts', "import type { KioskApp } from '../app/create-app'\nexport type P = KioskApp\n"],
    ['a service importing the browser host', 'electron/services/kisi/probe.ts', "import { webHostCommand } from '../../web-host/web-host-cli'\nexport const p = webHostCommand\n"],
    ['a service importing the Electron entry', 'electron/services/probe.ts', "import type { KioskWindow } from '../main/kiosk-window'\nexport type P = KioskWindow\n"],
    ['a handler importing the composition root', 'electron/ipc/handlers/probe.ts', "import type { KioskApp } from '../../app/create-app'\nexport type P = KioskApp\n"],
    ['a service importing Electron at runtime', 'electron/services/probe.ts', "import { app } from 'electron'\nexport const p = app\n"],
    ['shared importing the main process', 'shared/domain/probe.ts', "import type { Logger } from '../../electron/services/ports'\nexport type P = Logger\n"],
    ['shared importing Node', 'shared/domain/probe.ts', "import { readFileSync } from 'node:fs'\nexport const p = readFileSync\n"],
    ['the renderer importing the main process', 'renderer/src/stores/probe.ts', "import type { Logger } from '../../../electron/services/ports'\nexport type P = Logger\n"],
    ['a screen taking texts without the key check', 'renderer/src/components/probe.ts', "import { useI18n } from 'vue-i18n'\nexport const p = useI18n\n"],
    ['the Kisi sandbox importing the app', 'electron/kisi-sandbox/probe.ts', "import type { Logger } from '../services/ports'\nexport type P = Logger\n"],
  ])('refuses %s', async (_case, path, code) => {
    expect(await problemsOf(path, code)).toEqual(restricted)
  })

  it('lets a service use the shared contract and its own neighbours', async () => {
    const code = "import type { KisiStatus } from '@shared/ipc/kisi-calls'\nimport type { Clock } from '../ports'\nexport type P = [KisiStatus, Clock]\n"
    expect(await problemsOf('electron/services/kisi/probe.ts', code)).toEqual([])
  })

  it('fail the lint step on an import cycle', async () => {
    // Outside the repository, so a crashed run leaves nothing behind for the next lint to trip on.
    const root = mkdtempSync(join(tmpdir(), 'frontdesk-lint-'))
    try {
      const folder = join(root, 'electron/services/probe')
      mkdirSync(folder, { recursive: true })
      writeFileSync(join(root, 'tsconfig.json'), '{"compilerOptions":{"strict":true}}')
      writeFileSync(join(folder, 'first.ts'), "import { second } from './second'\nexport const first = (): number => second() + 1\n")
      writeFileSync(join(folder, 'second.ts'), "import { first } from './first'\nexport const second = (): number => (first.length > 5 ? 1 : 0)\n")
      const probe = new ESLint({ cwd: root, overrideConfigFile: join(projectRoot, 'eslint.config.js') })
      const results = await probe.lintFiles(['electron/services/probe'])
      const rules = results.flatMap((result) => result.messages.map((message) => message.ruleId))
      expect(rules).toEqual(['import-x/no-cycle', 'import-x/no-cycle'])
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })
})
