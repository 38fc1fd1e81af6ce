import type { BrowserWindow as BrowserWindowType, BrowserWindowConstructorOptions, Input } from 'electron'
import type { ScanTakes } from '@shared/schemas/keyboard-reading'
import type { ReaderOutputSetting, ScanEvent } from '@shared/schemas/scan'
import type { Logger } from '../services/ports'
import { refusesClose } from './close-decision'
import { createRestartPlanner } from './crash-recovery'
import { isBlockedShortcut } from './input-lockdown'
import { createMainKeyboardWedge, type WedgeAction, type WedgeDecision } from './main-keyboard-wedge'
import { createKioskWindowOptions } from './window-options'

export interface KioskWindowDeps {
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => BrowserWindowType
  preloadPath: string
  startUrl: string
  isPackaged: boolean
  kioskMode: () => boolean
  relaunch: () => void
  logger: Logger
  /** Keyboard-type badge readers read here (before-input-event) rather than in the page. */
  keyboard?: KioskKeyboard
}

export interface KioskKeyboard {
  setting: () => ReaderOutputSetting
  /** The screen shown takes scans (scanners.setKeyboardCapture), and which. */
  capturing: () => boolean
  takes: () => ScanTakes
  linkBase: () => string
  scanned: (scan: ScanEvent) => void
}

/**
 * Owns the one kiosk window: creates it from the pure options, filters shortcuts, stays open in kiosk
 * mode, and brings the page back when the renderer process dies (reload with backoff, relaunch if it
 * keeps dying).
 */
export class KioskWindow {
  readonly #deps: KioskWindowDeps
  readonly #planRestart = createRestartPlanner()
  #window: BrowserWindowType | null = null
  #quitting = false

  constructor(deps: KioskWindowDeps) {
    this.#deps = deps
  }

  get contents(): BrowserWindowType['webContents'] | null {
    return this.#window && !this.#window.isDestroyed() ? this.#window.webContents : null
  }

  open(): void {
    const { BrowserWindow, preloadPath, isPackaged, logger } = this.#deps
    const window = new BrowserWindow(createKioskWindowOptions({ preloadPath, isPackaged, kioskMode: this.#deps.kioskMode() }))
    this.#window = window
    const contents = window.webContents
    const readKey = this.#keyReader(window)
    contents.on('before-input-event', (event, input) => {
      if (isBlockedShortcut(input, { isPackaged, kioskMode: this.#deps.kioskMode() })) event.preventDefault()
      else if (readKey(input)) event.preventDefault()
    })
    window.on('close', (event) => {
      if (!refusesClose({ kioskMode: this.#deps.kioskMode(), quitting: this.#quitting })) return
      event.preventDefault()
      logger.info('Kept the kiosk window open: kiosk mode is on (a manager switches it off under Settings to close)')
    })
    // Windows: the user signs out or the machine shuts down; the window must not hold that up.
    window.on('session-end', () => this.allowClose())
    contents.on('render-process-gone', (_event, details) => {
      logger.error('The kiosk page stopped', { reason: details.reason, exitCode: details.exitCode })
      this.#recover()
    })
    contents.on('preload-error', (_event, path, error) => logger.error('Preload failed', { path, error: error.message }))
    window.once('ready-to-show', () => window.show())
    window.on('closed', () => {
      this.#window = null
    })
    this.#load(window)
  }

  /** The app is ending on purpose (its own quit, a signal, the session ending): the window may close. */
  allowClose(): void {
    this.#quitting = true
  }

  focus(): void {
    if (!this.#window || this.#window.isDestroyed()) return
    if (this.#window.isMinimized()) this.#window.restore()
    this.#window.focus()
  }

  /** Applies a changed kiosk-mode setting without restarting. */
  setKioskMode(enabled: boolean): void {
    if (!this.#window || this.#window.isDestroyed()) return
    this.#window.setKiosk(enabled)
    this.#window.setAlwaysOnTop(enabled)
  }

  /**
   * Carries out the main-process wedge's decisions (main-keyboard-wedge.ts holds the logic): text given
   * back is inserted before a held key is sent again, so the key lands behind it; scans go to the bus.
   * Answers whether the page must not see this input.
   */
  #keyReader(window: BrowserWindowType): (input: Input) => boolean {
    const keyboard = this.#deps.keyboard
    if (!keyboard) return () => false
    const contents = window.webContents
    const wedge = createMainKeyboardWedge({
      setting: keyboard.setting,
      active: () => keyboard.capturing() && window.isFocused(),
      takes: keyboard.takes,
      linkBase: keyboard.linkBase,
    })
    let pending = Promise.resolve()
    let idleTimer: ReturnType<typeof setTimeout> | undefined
    const giveBack = async (action: Exclude<WedgeAction, { kind: 'scan' }>): Promise<void> => {
      if (action.kind === 'insertText') await contents.insertText(action.text)
      else {
        const { keyCode, modifiers, char } = action.key
        contents.sendInputEvent({ type: 'keyDown', keyCode, modifiers })
        if (char !== null) contents.sendInputEvent({ type: 'char', keyCode: char, modifiers })
      }
    }
    const failed = (error: unknown): void => this.#deps.logger.error('A keyboard-wedge action failed', { error: String(error) })
    const settle = (decision: WedgeDecision): boolean => {
      for (const action of decision.actions) {
        if (action.kind !== 'scan') pending = pending.then(() => giveBack(action)).catch(failed)
        else {
          try {
            keyboard.scanned(action.event)
          } catch (error) {
            failed(error)
          }
        }
      }
      clearTimeout(idleTimer)
      if (decision.recheckInMs !== null) idleTimer = setTimeout(() => settle(wedge.expire(Date.now())), decision.recheckInMs)
      return decision.prevent
    }
    return (input) => settle(wedge.input({ ...input, atMs: Date.now() }))
  }

  /** A failed load (renderer missing, aborted navigation) is treated like a crash: retry with backoff. */
  #load(window: BrowserWindowType): void {
    window.loadURL(this.#deps.startUrl).catch((error: unknown) => {
      this.#deps.logger.error('The kiosk page did not load', { error: error instanceof Error ? error.message : String(error) })
      this.#recover()
    })
  }

  #recover(): void {
    const decision = this.#planRestart(Date.now())
    if (decision.action === 'relaunch') {
      this.#deps.relaunch()
      return
    }
    setTimeout(() => {
      if (this.#window && !this.#window.isDestroyed()) this.#load(this.#window)
    }, decision.delayMs)
  }
}
