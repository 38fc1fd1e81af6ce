import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

/** `fetchable`: Electron's own installer can fetch what is missing (not so for an override or a missing package). */
export type ElectronBinary = { found: true; path: string } | { found: false; reason: string; fetchable: boolean }

const executableNames: Partial<Record<NodeJS.Platform, string>> = {
  darwin: 'Electron.app/Contents/MacOS/Electron',
  win32: 'electron.exe',
}

/** Where the electron package is installed, or null when it is not. */
export function electronPackageDirectory(): string | null {
  try {
    return dirname(createRequire(import.meta.url).resolve('electron/package.json'))
  } catch {
    return null
  }
}

/**
 * Finds the Electron executable without `require('electron')`, which would try to download it
 * with no time limit. `ELECTRON_OVERRIDE_DIST_PATH` (Electron's own escape hatch) wins; otherwise
 * the package's `path.txt` names the file inside `node_modules/electron/dist`.
 */
export function findElectronBinary(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): ElectronBinary {
  const override = env['ELECTRON_OVERRIDE_DIST_PATH']
  if (override) {
    const path = join(override, executableNames[platform] ?? 'electron')
    return existsSync(path) ? { found: true, path } : { found: false, reason: `ELECTRON_OVERRIDE_DIST_PATH has no ${path}`, fetchable: false }
  }
  const packageDirectory = electronPackageDirectory()
  if (!packageDirectory) return { found: false, reason: 'the electron package is not installed', fetchable: false }
  const pathFile = join(packageDirectory, 'path.txt')
  if (!existsSync(pathFile)) return { found: false, reason: 'its binary has not been downloaded yet', fetchable: true }
  const path = join(packageDirectory, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(path) ? { found: true, path } : { found: false, reason: `the Electron binary is missing at ${path}`, fetchable: true }
}
