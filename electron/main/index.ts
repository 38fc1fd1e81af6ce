import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session } from 'electron'
import { writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createApp, type KioskApp } from '../app/create-app'
import { createConsoleLogger, systemClock } from '../services/ports'
import { createNodeHidAccess } from '../services/scanners/node-hid-access'
import { createKeyFileSecretBox } from '../services/secrets/key-file-secret-box'
import { createOsSecretBox } from '../services/secrets/os-secret-box'
import { StartupError } from '../services/startup-error'
import { createElectronSettingsBackend } from '../platform/electron-settings-backend'
import { safeStorageEncryption } from '../platform/safe-storage-encryption'
import { contentSecurityPolicy } from '../security/content-security-policy'
import { originOf } from '../security/origin'
import { readAppConfig } from './app-config'
import { appOrigin, appSchemePrivileges, serveAppProtocol } from './app-protocol'
import { bindIpc } from './bind-ipc'
import { guardDownloads } from './download-guard'
import { guardWebContents } from './guard-web-contents'
import { KioskWindow } from './kiosk-window'
import { createPagePdf } from './page-pdf'
import { denyAllPermissions } from './permission-policy'

/** Composition root of the Electron app: read config, build services, secure the session, open the window. */
const builtDirectory = dirname(fileURLToPath(import.meta.url))
const rendererRoot = join(builtDirectory, '../renderer')
const preloadPath = join(builtDirectory, '../preload/preload.cjs')
const logger = createConsoleLogger('main')

protocol.registerSchemesAsPrivileged([appSchemePrivileges])

if (app.requestSingleInstanceLock()) {
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => fail(error))
} else {
  app.quit()
}

async function start(): Promise<void> {
  Menu.setApplicationMenu(null)
  const config = readAppConfig(process.env, app.isPackaged, process.argv)
  let services: KioskApp
  try {
    services = await createApp({
      runtime: 'electron',
      appVersion: app.getVersion(),
      dataDirectory: config.dataDirectory ?? app.getPath('userData'),
      createSettingsBackend: createElectronSettingsBackend,
      createSecretBox: (directory) => createOsSecretBox(safeStorageEncryption, () => createKeyFileSecretBox(directory)),
      clock: systemClock,
      logger,
      hid: createNodeHidAccess(),
      keyboardCapturedIn: 'main',
      acceptEmptyDatabase: config.acceptEmptyDatabase,
      // Asked only from the window's own page, so the window exists by then.
      pagePdf: createPagePdf({
        contents: () => window.contents,
        askWhereToSave: async (defaultPath) => {
          const owner = window.contents ? BrowserWindow.fromWebContents(window.contents) : null
          const options = { defaultPath, filters: [{ name: 'PDF', extensions: ['pdf'] }] }
          const answer = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options)
          return answer.canceled || !answer.filePath ? null : answer.filePath
        },
        writeFile: (path, data) => writeFile(path, data),
        downloadsDirectory: () => app.getPath('downloads'),
        logger,
      }),
    })
  } catch (error) {
    fail(error)
    return
  }

  const devOrigin = config.devServerUrl ? originOf(config.devServerUrl) : null
  const allowedOrigins = devOrigin ? [devOrigin] : [appOrigin]
  denyAllPermissions(session.defaultSession)
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, allowedOrigins))
  guardDownloads(session.defaultSession, { allowedOrigins, kioskContents: () => window.contents, downloadsDirectory: () => app.getPath('downloads'), logger })
  serveAppProtocol(protocol, rendererRoot)
  if (config.devServerUrl) {
    session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
      const headers = { ...details.responseHeaders, 'Content-Security-Policy': [contentSecurityPolicy({ development: true })] }
      callback({ responseHeaders: headers })
    })
  }

  const window = new KioskWindow({
    BrowserWindow,
    preloadPath,
    startUrl: config.devServerUrl ?? `${appOrigin}/index.html`,
    isPackaged: app.isPackaged,
    kioskMode: () => services.settings.get().kiosk.kioskMode,
    relaunch: () => {
      services.close()
      app.relaunch()
      app.exit(0)
    },
    logger,
    keyboard: {
      setting: () => services.keyboardCapture.setting,
      capturing: () => services.keyboardCapture.active,
      takes: () => services.keyboardCapture.takes,
      linkBase: () => services.keyboardCapture.linkBase,
      scanned: (scan) => services.events.emit('scanner.scan', scan),
    },
  })
  bindIpc({
    ipcMain,
    dispatch: services.dispatch,
    events: services.events,
    kioskContents: () => window.contents,
    mayReceive: services.mayReceive,
    allowedOrigins,
    logger,
  })
  services.settings.subscribe((document, previous) => {
    if (document.kiosk.kioskMode !== previous.kiosk.kioskMode) window.setKioskMode(document.kiosk.kioskMode)
  })
  app.on('second-instance', () => window.focus())
  app.on('before-quit', () => window.allowClose())
  app.on('window-all-closed', () => {
    services.close()
    app.quit()
  })
  window.open()
}

function fail(error: unknown): void {
  const message = error instanceof StartupError ? error.message : `Unexpected error: ${error instanceof Error ? error.message : String(error)}`
  logger.error('Start-up failed', { message })
  dialog.showErrorBox('Frontdesk cannot start', message)
  app.exit(1)
}
