import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { createApp, type KioskApp } from '../app/create-app'
import { createConsoleLogger, systemClock } from '../services/ports'
import { createNodeHidAccess } from '../services/scanners/node-hid-access'
import { createKeyFileSecretBox } from '../services/secrets/key-file-secret-box'
import { createConfSettingsBackend } from '../services/settings/conf-settings-backend'
import { StartupError } from '../services/startup-error'
import { hostToken } from './host-token'
import type { WebHostOptions } from './web-host-options'
import { startWebHostServer, type WebHostServer } from './web-host-server'

export interface RunningWebHost {
  server: WebHostServer
  services: KioskApp
  stop(): Promise<void>
}

/** Starts the real services under plain Node and serves them to any Chromium on this machine. */
export async function runWebHost(options: WebHostOptions, appVersion: string): Promise<RunningWebHost> {
  if (!existsSync(join(options.rendererRoot, 'index.html'))) {
    throw new StartupError(`The renderer is not built (${options.rendererRoot} has no index.html). Run "npm run build" first.`)
  }
  const logger = createConsoleLogger('web-host')
  const services = await createApp({
    runtime: 'browser-host',
    appVersion,
    dataDirectory: options.dataDirectory,
    createSettingsBackend: createConfSettingsBackend,
    createSecretBox: async (directory) => createKeyFileSecretBox(directory),
    clock: systemClock,
    logger,
    hid: createNodeHidAccess(),
    acceptEmptyDatabase: options.acceptEmptyDatabase ?? false,
  })
  const server = await startWebHostServer({
    dispatch: services.dispatch,
    events: services.events,
    mayReceive: services.mayReceive,
    rendererRoot: options.rendererRoot,
    port: options.port,
    token: hostToken(options.dataDirectory, options.newToken ?? false),
    logger,
  })
  return {
    server,
    services,
    stop: async () => {
      await server.close()
      await services.close()
    },
  }
}
