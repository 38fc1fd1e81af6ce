import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { keyboardTimingSchema, readerFramingSchema } from '@shared/schemas/scan'
import { attachKeyboardWedge } from '@renderer/composables/keyboard-wedge'

/** A key as a keyboard sends it: its physical code, what the layout made of it, and the time since the last key. */
interface Press {
  code: string
  key: string
  shift?: boolean
  afterMs: number
  ctrl?: boolean
}

const onScan = vi.fn<(value: string) => boolean>()
const enterSeen = vi.fn<(valueThen: string) => void>()
let field: HTMLInputElement
let enabled = true
let detach: () => void

/** Sends one keydown to whatever has focus and, unless it was prevented, does what a browser would. */
function press({ code, key, shift = false, afterMs, ctrl = false }: Press): KeyboardEvent {
  vi.advanceTimersByTime(afterMs)
  const target = document.activeElement ?? document.body
  const event = new KeyboardEvent('keydown', { code, key, shiftKey: shift, ctrlKey: ctrl, bubbles: true, cancelable: true })
  target.dispatchEvent(event)
  if (!event.defaultPrevented && !ctrl && target === field) {
    if (key.length === 1) field.value += key
    if (key === 'Backspace') field.value = field.value.slice(0, -1)
  }
  return event
}

/** `text` as keys of a US keyboard (digits and lower-case letters), `gapMs` apart, optionally ending in Enter. */
function typeKeys(text: string, gapMs: number, enter = false): KeyboardEvent[] {
  const presses = [...text].map((character) => ({
    code: /\d/.test(character) ? `Digit${character}` : `Key${character.toUpperCase()}`,
    key: character,
    afterMs: gapMs,
  }))
  if (enter) presses.push({ code: 'Enter', key: 'Enter', afterMs: gapMs })
  return presses.map(press)
}

describe('attachKeyboardWedge', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    onScan.mockReset().mockReturnValue(true)
    enterSeen.mockReset()
    enabled = true
    document.body.innerHTML = '<input id="field" type="text"><button id="button">Go</button>'
    field = document.querySelector<HTMLInputElement>('#field')!
    field.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') enterSeen(field.value)
    })
    field.focus()
    detach = attachKeyboardWedge(document, {
      burst: { timing: keyboardTimingSchema.parse({}), framing: readerFramingSchema.parse({}) },
      enabled: () => enabled,
      onScan,
      now: () => Date.now(),
    })
  })
  afterEach(() => {
    detach()
    vi.useRealTimers()
  })

  it('hands a burst at reader speed to the scan handler and keeps it out of the focused field (T1)', () => {
    const events = typeKeys('12345', 40, true)
    expect(onScan).toHaveBeenCalledExactlyOnceWith('12345')
    expect(events.every((event) => event.defaultPrevented)).toBe(true)
    vi.advanceTimersByTime(1_000)
    expect(field.value).toBe('')
    expect(enterSeen).not.toHaveBeenCalled()
  })

  it('gives keys typed at a person’s pace to the field, all of them, in order (T3)', () => {
    typeKeys('ada42', 150)
    expect(field.value).toBe('ada4')
    vi.advanceTimersByTime(300)
    expect(field.value).toBe('ada42')
    expect(onScan).not.toHaveBeenCalled()
  })

  it('gives a fast burst without Enter back once it goes quiet (T4)', () => {
    typeKeys('11', 35)
    expect(field.value).toBe('')
    vi.advanceTimersByTime(300)
    expect(field.value).toBe('11')
    expect(onScan).not.toHaveBeenCalled()
  })

  it('writes what waited before the key that ended the burst takes effect (Backspace, then Enter)', () => {
    typeKeys('abc', 20)
    press({ code: 'Backspace', key: 'Backspace', afterMs: 20 })
    expect(field.value).toBe('ab')
    press({ code: 'Enter', key: 'Enter', afterMs: 20 })
    expect(enterSeen).toHaveBeenCalledExactlyOnceWith('ab')
  })

  it('gives a scan back as typing when the screen has no use for it, before its Enter reaches the field', () => {
    onScan.mockReturnValue(false)
    const events = typeKeys('k7pq4x2m', 20, true)
    expect(onScan).toHaveBeenCalledExactlyOnceWith('k7pq4x2m')
    expect(field.value).toBe('k7pq4x2m')
    expect(events.at(-1)!.defaultPrevented).toBe(false)
    expect(enterSeen).toHaveBeenCalledExactlyOnceWith('k7pq4x2m')
  })

  it('reads digits by position, so an AZERTY layout and a keypad with NumLock off scan the same number', () => {
    const azerty = ['&', 'é', '"', "'"].map((key, index) => ({ code: `Digit${index + 1}`, key, afterMs: 30 }))
    for (const key of [...azerty, { code: 'Enter', key: 'Enter', afterMs: 30 }]) press(key)
    const numLockOff = ['End', 'ArrowDown', 'PageDown', 'ArrowLeft'].map((key, index) => ({ code: `Numpad${index + 1}`, key, afterMs: 30 }))
    for (const key of [...numLockOff, { code: 'NumpadEnter', key: 'Enter', afterMs: 30 }]) press(key)
    expect(onScan.mock.calls).toEqual([['1234'], ['1234']])
    expect(field.value).toBe('')
  })

  it('reads a shifted burst as the capitals a reader sent', () => {
    for (const code of ['KeyK', 'Digit7', 'KeyP', 'KeyQ']) {
      press({ code: 'ShiftLeft', key: 'Shift', shift: true, afterMs: 10 })
      press({ code, key: code.startsWith('Key') ? code.slice(3) : '&', shift: code.startsWith('Key'), afterMs: 10 })
    }
    press({ code: 'Enter', key: 'Enter', afterMs: 10 })
    expect(onScan).toHaveBeenCalledExactlyOnceWith('K7PQ')
  })

  it('types what waited before a shortcut, and lets the shortcut through', () => {
    typeKeys('ab', 10)
    const paste = press({ code: 'KeyV', key: 'v', ctrl: true, afterMs: 10 })
    expect(paste.defaultPrevented).toBe(false)
    expect(field.value).toBe('ab')
  })

  it('leaves every key alone while disabled', () => {
    enabled = false
    const events = typeKeys('12345', 10, true)
    expect(events.some((event) => event.defaultPrevented)).toBe(false)
    expect(field.value).toBe('12345')
    expect(onScan).not.toHaveBeenCalled()
  })

  it('does not hold Space from a focused button, which it would press', () => {
    document.querySelector<HTMLButtonElement>('#button')!.focus()
    expect(press({ code: 'Space', key: ' ', afterMs: 10 }).defaultPrevented).toBe(false)
  })

  it('gives back what it still holds when detached', () => {
    typeKeys('xy', 10)
    detach()
    expect(field.value).toBe('xy')
    detach = () => undefined
  })
})
