import { describe, expect, it } from 'vitest'
import { createKioskWindowOptions } from '../../../electron/main/window-options'

describe('createKioskWindowOptions', () => {
  const packaged = createKioskWindowOptions({ preloadPath: '/app/preload.cjs', isPackaged: true, kioskMode: true })

  it('isolates and sandboxes the page with Node switched off everywhere', () => {
    expect(packaged.webPreferences).toMatchObject({
      preload: '/app/preload.cjs',
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
    })
  })

  it('opens DevTools only in development builds', () => {
    expect(packaged.webPreferences?.devTools).toBe(false)
    const development = createKioskWindowOptions({ preloadPath: 'p', isPackaged: false, kioskMode: false })
    expect(development.webPreferences?.devTools).toBe(true)
  })

  it('goes full screen and on top only in kiosk mode, keeping the frame for when it is switched off', () => {
    expect(packaged).toMatchObject({ kiosk: true, fullscreen: true, alwaysOnTop: true })
    expect(packaged.frame).not.toBe(false)
    const windowed = createKioskWindowOptions({ preloadPath: 'p', isPackaged: true, kioskMode: false })
    expect(windowed).toMatchObject({ kiosk: false, fullscreen: false, alwaysOnTop: false })
  })

  it('does not show the window before the page is ready', () => {
    expect(packaged.show).toBe(false)
  })
})
