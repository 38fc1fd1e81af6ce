import type { KeyboardCaptureSite, KeyboardReadingAnswer, ScanTakes } from '@shared/schemas/keyboard-reading'
import type { ReaderOutputSetting } from '@shared/schemas/scan'
import type { SettingsRepository } from '../settings/settings-repository'

/**
 * The keyboard-wedge path's state in main: the one setting keyboard-type readers are read by, where
 * their bursts are read (decided by the runtime), and whether the screen shown takes scans now.
 */
export class KeyboardCapture {
  readonly capturedIn: KeyboardCaptureSite
  readonly #settings: SettingsRepository
  #screenTakesScans = false
  #takes: ScanTakes = 'anything'

  constructor(settings: SettingsRepository, capturedIn: KeyboardCaptureSite) {
    this.#settings = settings
    this.capturedIn = capturedIn
  }

  get setting(): ReaderOutputSetting {
    return this.#settings.get().keyboardReading
  }

  /**
   * Whether main reads key bursts now: only where main captures (Electron), and only while the
   * screen says it takes scans, so no key is held back on a screen that has no use for one.
   */
  get active(): boolean {
    return this.capturedIn === 'main' && this.#screenTakesScans
  }

  /** Where visitor passes' web addresses start, to tell a pass from other codes. */
  get linkBase(): string {
    return this.#settings.get().kisi.accessLinkBaseUrl
  }

  /** What the screen shown takes: a burst that is no card is typing on a console page. */
  get takes(): ScanTakes {
    return this.#takes
  }

  reading(): KeyboardReadingAnswer {
    return { setting: this.setting, capturedIn: this.capturedIn }
  }

  setReading(setting: ReaderOutputSetting): KeyboardReadingAnswer {
    this.#settings.update((draft) => {
      draft.keyboardReading = setting
    })
    return this.reading()
  }

  /** The renderer's word on the screen shown; where the renderer reads keys itself there is nothing to change. */
  setCapture(enabled: boolean, takes: ScanTakes): { capturedIn: KeyboardCaptureSite } {
    if (this.capturedIn === 'main') [this.#screenTakesScans, this.#takes] = [enabled, takes]
    return { capturedIn: this.capturedIn }
  }
}
