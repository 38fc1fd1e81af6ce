import { describe, expect, it } from 'vitest'
import { isBlockedShortcut, type KeyInput } from '../../../electron/main/input-lockdown'

const key = (input: Partial<KeyInput>): KeyInput => ({ type: 'keyDown', key: 'a', control: false, meta: false, shift: false, alt: false, ...input })

describe('isBlockedShortcut', () => {
  it.each([
    ['reload', key({ key: 'r', control: true })],
    ['reload (F5)', key({ key: 'F5' })],
    ['DevTools', key({ key: 'I', control: true, shift: true })],
    ['DevTools (F12)', key({ key: 'F12' })],
    ['zoom in', key({ key: '+', meta: true })],
    ['print', key({ key: 'p', control: true })],
    ['close', key({ key: 'w', control: true })],
  ])('blocks %s in a packaged build', (_name, input) => {
    expect(isBlockedShortcut(input, true)).toBe(true)
    expect(isBlockedShortcut(input, false)).toBe(false)
  })

  it('lets typing, digits and Enter through', () => {
    for (const typed of ['a', '7', 'Enter', 'Backspace', 'R']) expect(isBlockedShortcut(key({ key: typed }), true)).toBe(false)
    expect(isBlockedShortcut(key({ key: 'r', control: true, type: 'keyUp' }), true)).toBe(false)
  })
})
