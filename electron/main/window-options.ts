import type { BrowserWindowConstructorOptions } from 'electron'

export interface KioskWindowInput {
  preloadPath: string
  /** Packaged builds never open DevTools; development builds may. */
  isPackaged: boolean
  kioskMode: boolean
}

/**
 * The kiosk window's options, from one pure function so the security switches are pinned by tests.
 * @see https://www.electronjs.org/docs/latest/tutorial/security (items 2-4, 6, 8-11)
 */
export function createKioskWindowOptions({ preloadPath, isPackaged, kioskMode }: KioskWindowInput): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 800,
    minWidth: 800,
    minHeight: 600,
    show: false,
    backgroundColor: '#f6f5f2',
    title: 'Frontdesk',
    autoHideMenuBar: true,
    kiosk: kioskMode,
    fullscreen: kioskMode,
    // The frame stays: kiosk mode hides it, and a frameless window could not be moved once a
    // manager switches kiosk mode off at run time.
    alwaysOnTop: kioskMode,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: !isPackaged,
    },
  }
}
