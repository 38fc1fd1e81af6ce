import { vi } from 'vitest'
import { readerOutputSettingSchema, type ReaderOutputFormat, type ReaderOutputSetting, type ScanEvent } from '@shared/schemas/scan'
import { ok, type FakeKiosk } from './fake-kiosk'

/** The kiosk's keyboard reading as main answers it by default: card numbers of 26-bit cards, no facility code. */
export function keyboardSetting(format: ReaderOutputFormat = { kind: 'card-number', cardFormat: 'h10301', facilityCode: null }): ReaderOutputSetting {
  return readerOutputSettingSchema.parse({ format, timing: { maxLength: 300 } })
}

/** Main answering the keyboard reading (and the screens' capture) as the browser host or Electron does. */
export function answerKeyboardReading(fake: FakeKiosk, setting = keyboardSetting(), capturedIn: 'main' | 'renderer' = 'renderer'): void {
  fake.calls['scanners.keyboardReading'].mockImplementation(() => ok({ setting, capturedIn }))
  fake.calls['scanners.setKeyboardCapture'].mockImplementation(() => ok({ capturedIn }))
}

/** A scan as main sends it in `scanner.scan`. */
export function scanFromMain(decoded: ScanEvent['decoded'], raw: string, source: ScanEvent['source'] = 'hid'): ScanEvent {
  return { source, readerId: source === 'hid' ? 'hid:076b:5427:0' : 'keyboard', raw, decoded, parity: 'not-checked', at: new Date().toISOString() }
}

const shiftedCodes: Record<string, string> = { ':': 'Semicolon', _: 'Minus' }
const plainCodes: Record<string, string> = { '-': 'Minus', '/': 'Slash', '.': 'Period' }

/**
 * A wedge reader's burst at whatever has focus: US-layout positions `gapMs` apart (fake timers), Shift
 * for capitals and symbols, then Enter. Returns the keydown events, to see which the page kept.
 */
export function typeAsReader(text: string, gapMs = 20): KeyboardEvent[] {
  return [...text, '\n'].map((character) => {
    vi.advanceTimersByTime(gapMs)
    const isLetter = /[a-z]/i.test(character)
    const code =
      character === '\n' ? 'Enter' : isLetter ? `Key${character.toUpperCase()}` : /\d/.test(character) ? `Digit${character}` : (shiftedCodes[character] ?? plainCodes[character])!
    const shift = (isLetter && character === character.toUpperCase()) || character in shiftedCodes
    const key = character === '\n' ? 'Enter' : character
    const event = new KeyboardEvent('keydown', { code, key, shiftKey: shift, bubbles: true, cancelable: true })
    ;(document.activeElement ?? document.body).dispatchEvent(event)
    return event
  })
}
