import { homedir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { z } from 'zod'
import { acceptsEmptyDatabase } from '../app/accept-empty-database'

export interface WebHostOptions {
  port: number
  dataDirectory: string
  rendererRoot: string
  /** A manager's word to start although the database is missing or empty; see the README's Recovery. */
  acceptEmptyDatabase?: boolean
  /** Replaces the token kept in the data directory, so pages opened with the old address are refused. */
  newToken?: boolean
}

export const defaultWebHostDataDirectory = join(homedir(), '.frontdesk-host')

const portSchema = z.coerce.number().int().min(0).max(65535)

/**
 * `--port` (0 = any free port), `--data-dir`, `--renderer`, `--accept-empty-database`, `--new-token`. Environment:
 * FRONTDESK_PORT, FRONTDESK_DATA_DIR, FRONTDESK_ACCEPT_EMPTY_DATABASE=1. Flags win over the environment.
 */
export function parseWebHostOptions(argv: readonly string[], env: NodeJS.ProcessEnv, defaultRendererRoot: string): WebHostOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      port: { type: 'string' },
      'data-dir': { type: 'string' },
      renderer: { type: 'string' },
      'accept-empty-database': { type: 'boolean' },
      'new-token': { type: 'boolean' },
    },
    strict: true,
  })
  const port = portSchema.safeParse(values.port ?? env['FRONTDESK_PORT'] ?? 0)
  if (!port.success) throw new Error(`--port must be a whole number from 0 to 65535 (got "${values.port ?? env['FRONTDESK_PORT']}")`)
  return {
    port: port.data,
    dataDirectory: resolve(values['data-dir'] ?? env['FRONTDESK_DATA_DIR'] ?? defaultWebHostDataDirectory),
    rendererRoot: resolve(values.renderer ?? defaultRendererRoot),
    acceptEmptyDatabase: (values['accept-empty-database'] ?? false) || acceptsEmptyDatabase([], env),
    newToken: values['new-token'] ?? false,
  }
}
