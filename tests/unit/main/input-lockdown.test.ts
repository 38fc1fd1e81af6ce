import { describe, expect, it } from 'vitest'
import { isBlockedShortcut, type KeyInput } from '../../../electron/main/input-lockdown'

const key = (input: Partial<KeyInput>): KeyInput => ({ type: 'keyDown', key: 'a', control: false, meta: false, shift: false, alt: false, ...input })
const packaged = { isPackaged: true, kioskMode: false }
const development = { isPackaged: false, kioskMode: false }
const kiosk = { isPackaged: false, kioskMode: true }
const packagedKiosk = { isPackaged: true, kioskMode: true }

describe('isBlockedShortcut', () => {
  it.each([
    ['reload', key({ key: 'r', control: true })],
    ['reload (F5)', key({ key: 'F5' })],
    ['DevTools', key({ key: 'I', control: true, shift: true })],
    ['DevTools (F12)', key({ key: 'F12' })],
    ['zoom in', key({ key: '+', meta: true })],
    ['print', key({ key: 'p', control: true })],
    ['close', key({ key: 'w', control: true })],
    ['back (Alt+Left)', key({ key: 'ArrowLeft', alt: true })],
  ])('blocks %s in a packaged build', (_name, input) => {
    expect(isBlockedShortcut(input, packaged)).toBe(true)
    expect(isBlockedShortcut(input, development)).toBe(false)
  })

  it.each([
    ['Alt+F4', key({ key: 'F4', alt: true })],
    ['Ctrl+Q', key({ key: 'q', control: true })],
    ['Cmd+Q', key({ key: 'q', meta: true })],
    ['Ctrl+W', key({ key: 'w', control: true })],
    ['Ctrl+Shift+W', key({ key: 'W', control: true, shift: true })],
    ['Alt+Left', key({ key: 'ArrowLeft', alt: true })],
    ['Alt+Right', key({ key: 'ArrowRight', alt: true })],
    ['the browser’s back key', key({ key: 'BrowserBack' })],
    ['Cmd+[', key({ key: '[', meta: true })],
    ['minimise (Ctrl+M)', key({ key: 'm', control: true })],
    ['hide (Cmd+H)', key({ key: 'h', meta: true })],
    ['leave full screen (F11)', key({ key: 'F11' })],
    ['leave full screen (Ctrl+Cmd+F)', key({ key: 'f', control: true, meta: true })],
  ])('blocks %s in kiosk mode, in any build', (_name, input) => {
    expect(isBlockedShortcut(input, kiosk)).toBe(true)
    expect(isBlockedShortcut(input, packagedKiosk)).toBe(true)
  })

  it('leaves closing and quitting to the keyboard outside kiosk mode in a development build', () => {
    for (const input of [key({ key: 'F4', alt: true }), key({ key: 'q', control: true }), key({ key: 'm', control: true })]) expect(isBlockedShortcut(input, development)).toBe(false)
  })

  it('lets typing, digits, Enter and editing keys through, even in kiosk mode', () => {
    for (const typed of ['a', '7', 'Enter', 'Backspace', 'R', 'ArrowLeft', 'Escape', 'F4', 'q']) expect(isBlockedShortcut(key({ key: typed }), packagedKiosk), typed).toBe(false)
    expect(isBlockedShortcut(key({ key: 'ArrowLeft', shift: true }), packagedKiosk)).toBe(false)
    expect(isBlockedShortcut(key({ key: 'a', control: true }), packagedKiosk)).toBe(false)
    expect(isBlockedShortcut(key({ key: 'r', control: true, type: 'keyUp' }), packaged)).toBe(false)
    expect(isBlockedShortcut(key({ key: 'F4', alt: true, type: 'keyUp' }), kiosk)).toBe(false)
  })
})
