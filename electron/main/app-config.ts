import { isAbsolute, resolve } from 'node:path'
import { acceptsEmptyDatabase } from '../app/accept-empty-database'

export interface AppConfig {
  /** Vite dev server to load instead of the built files; honoured only when not packaged. */
  devServerUrl: string | null
  /** Data directory override (tests, several kiosks on one machine); else Electron's userData. */
  dataDirectory: string | null
  /** A manager's word to start although the database is missing or empty; see the README's Recovery. */
  acceptEmptyDatabase: boolean
}

/**
 * Reads the process environment and command line once. Unknown command-line switches are ignored on
 * purpose: the test runner and Chromium add their own (`--inspect=0`, `--no-sandbox`, …).
 */
export function readAppConfig(env: NodeJS.ProcessEnv, isPackaged: boolean, argv: readonly string[] = []): Readonly<AppConfig> {
  const devServerUrl = !isPackaged && env['VITE_DEV_SERVER_URL'] ? env['VITE_DEV_SERVER_URL'] : null
  const dataDirectory = env['FRONTDESK_DATA_DIR']
  return Object.freeze({
    devServerUrl,
    dataDirectory: dataDirectory ? (isAbsolute(dataDirectory) ? dataDirectory : resolve(dataDirectory)) : null,
    acceptEmptyDatabase: acceptsEmptyDatabase(argv, env),
  })
}
