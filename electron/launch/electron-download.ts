import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { ElectronFetch } from './ensure-electron'

/** What this file uses of @electron/get, the downloader the electron package itself depends on. */
interface ElectronGet {
  downloadArtifact(details: {
    version: string
    artifactName: 'electron'
    platform: string
    arch: string
    cacheRoot?: string
    checksums?: Record<string, string>
    downloadOptions: { quiet: boolean; signal: AbortSignal; getProgressCallback: (progress: { percent: number }) => void }
  }): Promise<string>
}

/**
 * Fetches the binary the way Electron's own installer does, but with progress and a signal: first
 * the zip through @electron/get into its cache (checked against the package's checksums), then
 * Electron's `install.js`, which finds the zip in that cache, unpacks it and writes `path.txt`.
 * Both honour Electron's settings (ELECTRON_MIRROR, electron_config_cache, the install platform).
 */
export function createElectronDownload(packageDirectory: string, env: NodeJS.ProcessEnv = process.env): ElectronFetch {
  return async (onProgress, signal) => {
    const fromElectron = createRequire(join(packageDirectory, 'package.json'))
    const { version } = fromElectron('./package.json') as { version: string }
    const electronGet = (await import(pathToFileURL(fromElectron.resolve('@electron/get')).href)) as ElectronGet
    const remoteChecksums = env['electron_use_remote_checksums'] ?? env['npm_config_electron_use_remote_checksums']
    await electronGet.downloadArtifact({
      version,
      artifactName: 'electron',
      platform: env['ELECTRON_INSTALL_PLATFORM'] ?? env['npm_config_platform'] ?? process.platform,
      arch: env['ELECTRON_INSTALL_ARCH'] ?? env['npm_config_arch'] ?? process.arch,
      ...(env['electron_config_cache'] ? { cacheRoot: env['electron_config_cache'] } : {}),
      ...(remoteChecksums ? {} : { checksums: fromElectron('./checksums.json') as Record<string, string> }),
      downloadOptions: { quiet: true, signal, getProgressCallback: ({ percent }) => onProgress(percent) },
    })
    await runInstaller(join(packageDirectory, 'install.js'), env, signal)
  }
}

function runInstaller(script: string, env: NodeJS.ProcessEnv, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script], { env, signal, stdio: ['ignore', 'ignore', 'pipe'] })
    let errors = ''
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()))
    child.once('error', reject)
    child.once('exit', (code) => {
      const firstLine = errors.trim().split('\n')[0]
      if (code === 0) resolve()
      else reject(new Error(`Electron's installer failed${firstLine ? `: ${firstLine}` : ` (exit code ${String(code)})`}`))
    })
  })
}
