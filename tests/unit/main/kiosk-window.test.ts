import { EventEmitter } from 'node:events'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { BrowserWindowConstructorOptions } from 'electron'
import { defaultKeyboardReading } from '@shared/schemas/keyboard-reading'
import type { ScanEvent } from '@shared/schemas/scan'
import { KioskWindow, type KioskKeyboard } from '../../../electron/main/kiosk-window'
import { silentLogger } from '../../../electron/services/ports'
import { emitCancelable, FakeWebContents } from '../../fixtures/fake-web-contents'

class FakeBrowserWindow extends EventEmitter {
  static created: FakeBrowserWindow[] = []
  static failLoads = 0
  readonly webContents = new FakeWebContents()
  loadedUrl = ''
  loads = 0
  kiosk: boolean

  constructor(readonly options: BrowserWindowConstructorOptions) {
    super()
    this.kiosk = Boolean(options.kiosk)
    FakeBrowserWindow.created.push(this)
  }

  loadURL(url: string): Promise<void> {
    this.loadedUrl = url
    this.loads += 1
    if (FakeBrowserWindow.failLoads > 0) {
      FakeBrowserWindow.failLoads -= 1
      return Promise.reject(new Error('ERR_FILE_NOT_FOUND'))
    }
    return Promise.resolve()
  }

  isDestroyed(): boolean {
    return false
  }

  setKiosk(enabled: boolean): void {
    this.kiosk = enabled
  }

  setAlwaysOnTop(): void {}

  isFocused(): boolean {
    return true
  }
}

/** A keyDown as Electron's before-input-event gives it. */
const keyDown = (code: string, key: string) => ({ type: 'keyDown', code, key, control: false, meta: false, shift: false, alt: false, isAutoRepeat: false })

describe('KioskWindow', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    FakeBrowserWindow.created = []
    FakeBrowserWindow.failLoads = 0
  })
  afterEach(() => vi.useRealTimers())

  function open(isPackaged = true, kioskMode = { on: true }, keyboard?: KioskKeyboard) {
    const relaunch = vi.fn()
    const window = new KioskWindow({
      ...(keyboard ? { keyboard } : {}),
      BrowserWindow: FakeBrowserWindow as never,
      preloadPath: '/dist/preload/preload.cjs',
      startUrl: 'app://frontdesk/index.html',
      isPackaged,
      kioskMode: () => kioskMode.on,
      relaunch,
      logger: silentLogger,
    })
    window.open()
    const created = FakeBrowserWindow.created[0]!
    return { window, created, relaunch }
  }

  it('creates the window from the secure options and loads the app', () => {
    const { created } = open()
    expect(created.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, preload: '/dist/preload/preload.cjs' })
    expect(created.loadedUrl).toBe('app://frontdesk/index.html')
    expect(created.kiosk).toBe(true)
  })

  it('loads the page again after a renderer crash, with growing delays', () => {
    const { created } = open()
    created.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 })
    vi.advanceTimersByTime(499)
    expect(created.loads).toBe(1)
    vi.advanceTimersByTime(1)
    expect(created.loads).toBe(2)
    created.webContents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 1 })
    vi.advanceTimersByTime(999)
    expect(created.loads).toBe(2)
    vi.advanceTimersByTime(1)
    expect(created.loads).toBe(3)
  })

  it('retries a page that failed to load, instead of leaving a blank window', async () => {
    FakeBrowserWindow.failLoads = 2
    const { created } = open()
    await vi.advanceTimersByTimeAsync(500)
    expect(created.loads).toBe(2)
    await vi.advanceTimersByTimeAsync(1000)
    expect(created.loads).toBe(3)
    await vi.advanceTimersByTimeAsync(10_000)
    expect(created.loads).toBe(3)
  })

  it('relaunches the app when the renderer keeps crashing', () => {
    const { created, relaunch } = open()
    for (let crash = 0; crash < 6; crash += 1) created.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 })
    expect(relaunch).toHaveBeenCalledTimes(1)
  })

  it('swallows reload and DevTools shortcuts in a packaged build only', () => {
    const reload = { type: 'keyDown', key: 'r', control: true, meta: false, shift: false, alt: false }
    expect(emitCancelable(open(true).created.webContents, 'before-input-event', reload)).toBe(true)
    FakeBrowserWindow.created = []
    expect(emitCancelable(open(false).created.webContents, 'before-input-event', reload)).toBe(false)
  })

  it('blocks Alt+F4 and Alt+Left in kiosk mode, also in a development build', () => {
    const kioskMode = { on: true }
    const { created } = open(false, kioskMode)
    const altF4 = { type: 'keyDown', key: 'F4', control: false, meta: false, shift: false, alt: true }
    const back = { ...altF4, key: 'ArrowLeft' }
    expect(emitCancelable(created.webContents, 'before-input-event', altF4)).toBe(true)
    expect(emitCancelable(created.webContents, 'before-input-event', back)).toBe(true)
    kioskMode.on = false
    expect(emitCancelable(created.webContents, 'before-input-event', altF4)).toBe(false)
  })

  it('refuses to close in kiosk mode, and closes once a manager switched kiosk mode off', () => {
    const kioskMode = { on: true }
    const { created } = open(true, kioskMode)
    expect(emitCancelable(created, 'close')).toBe(true)
    kioskMode.on = false
    expect(emitCancelable(created, 'close')).toBe(false)
  })

  it('closes in kiosk mode when the app quits on purpose or the session ends', () => {
    const quitting = open(true)
    quitting.window.allowClose()
    expect(emitCancelable(quitting.created, 'close')).toBe(false)
    FakeBrowserWindow.created = []
    const signingOut = open(true)
    signingOut.created.emit('session-end')
    expect(emitCancelable(signingOut.created, 'close')).toBe(false)
  })

  describe('reading keyboard-type badge readers', () => {
    function reading(capturing = true) {
      const scans: ScanEvent[] = []
      const { created } = open(true, { on: true }, { setting: defaultKeyboardReading, capturing: () => capturing, takes: () => 'anything', linkBase: () => '', scanned: (scan) => scans.push(scan) })
      const press = (code: string, key: string, afterMs: number): boolean => {
        vi.advanceTimersByTime(afterMs)
        return emitCancelable(created.webContents, 'before-input-event', keyDown(code, key))
      }
      return { contents: created.webContents, scans, press }
    }

    it('keeps a scan from the page and puts it on the bus', () => {
      const { contents, scans, press } = reading()
      const pressed = [...'12345'].map((digit) => press(`Digit${digit}`, digit, 30))
      expect([...pressed, press('Enter', 'Enter', 30)]).toEqual([true, true, true, true, true, true])
      expect(scans).toMatchObject([{ source: 'keyboard', readerId: 'keyboard', raw: '12345' }])
      expect(contents.typed).toEqual([])
    })

    it('inserts typing back before it sends the key that ended it again, then lets that key through', async () => {
      const { contents, scans, press } = reading()
      expect(press('KeyA', 'a', 0)).toBe(true)
      expect(press('Enter', 'Enter', 150)).toBe(true)
      await vi.runAllTimersAsync()
      expect(contents.typed).toEqual([{ text: 'a' }, { type: 'keyDown', keyCode: 'Enter', modifiers: [] }, { type: 'char', keyCode: '\r', modifiers: [] }])
      expect(press('Enter', 'Enter', 1)).toBe(false)
      expect(scans).toEqual([])
    })

    it('reads nothing while the screen takes no scans, and filters shortcuts first', () => {
      const { contents, press } = reading(false)
      expect([...'12345'].map((digit) => press(`Digit${digit}`, digit, 30))).toEqual([false, false, false, false, false])
      expect(press('F5', 'F5', 30)).toBe(true)
      expect(contents.typed).toEqual([])
    })
  })

  it('switches kiosk mode when the setting changes', () => {
    const { window, created } = open()
    window.setKioskMode(false)
    expect(created.kiosk).toBe(false)
  })
})
