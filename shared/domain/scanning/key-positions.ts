/**
 * Keys by physical position (`KeyboardEvent.code`, HID usage page 0x07), read as a US layout would.
 * A wedge reader presses positions, not characters, so reading positions gives the reader's digits
 * whatever layout the OS has (AZERTY, QWERTZ), and keypad digits whatever NumLock says.
 */

const usCharacters: Record<string, readonly [plain: string, shifted: string]> = {
  Digit1: ['1', '!'],
  Digit2: ['2', '@'],
  Digit3: ['3', '#'],
  Digit4: ['4', '$'],
  Digit5: ['5', '%'],
  Digit6: ['6', '^'],
  Digit7: ['7', '&'],
  Digit8: ['8', '*'],
  Digit9: ['9', '('],
  Digit0: ['0', ')'],
  Minus: ['-', '_'],
  Equal: ['=', '+'],
  BracketLeft: ['[', '{'],
  BracketRight: [']', '}'],
  Backslash: ['\\', '|'],
  Semicolon: [';', ':'],
  Quote: ["'", '"'],
  Backquote: ['`', '~'],
  Comma: [',', '<'],
  Period: ['.', '>'],
  Slash: ['/', '?'],
  Space: [' ', ' '],
}
for (let letter = 0; letter < 26; letter += 1) {
  const lower = String.fromCharCode(97 + letter)
  usCharacters[`Key${lower.toUpperCase()}`] = [lower, lower.toUpperCase()]
}

/** Keypad keys type the same with or without Shift, and are read here as if NumLock were on. */
const keypadCharacters: Record<string, string> = {
  NumpadDivide: '/',
  NumpadMultiply: '*',
  NumpadSubtract: '-',
  NumpadAdd: '+',
  NumpadDecimal: '.',
}
for (let digit = 0; digit <= 9; digit += 1) keypadCharacters[`Numpad${digit}`] = String(digit)

export type LineTerminator = 'Enter' | 'Tab'
const terminators: Record<string, LineTerminator> = { Enter: 'Enter', NumpadEnter: 'Enter', Tab: 'Tab' }

/** Shift and friends arrive as keys of their own in the keyboard path; their state rides on the next key. */
export const modifierKeyCodes: ReadonlySet<string> = new Set([
  'ShiftLeft',
  'ShiftRight',
  'ControlLeft',
  'ControlRight',
  'AltLeft',
  'AltRight',
  'MetaLeft',
  'MetaRight',
  'CapsLock',
  'NumLock',
])

/** What a key press means to a scan: a character, a named function key (a framing key), a line end, or nothing. */
export type KeyMeaning = { kind: 'character'; token: string } | { kind: 'function'; token: string } | { kind: 'terminator'; terminator: LineTerminator } | { kind: 'other' }

export function meaningOfKey(code: string, shift: boolean): KeyMeaning {
  const terminator = terminators[code]
  if (terminator) return { kind: 'terminator', terminator }
  const keypad = keypadCharacters[code]
  if (keypad !== undefined) return { kind: 'character', token: keypad }
  const characters = usCharacters[code]
  if (characters) return { kind: 'character', token: shift ? characters[1] : characters[0] }
  if (/^F([1-9]|1\d|2[0-4])$/.test(code)) return { kind: 'function', token: code }
  return { kind: 'other' }
}

/** The US character a code types, for telling which layout turned it into something else. */
export function usCharacterOf(code: string, shift: boolean): string | undefined {
  const characters = usCharacters[code]
  return characters ? characters[shift ? 1 : 0] : keypadCharacters[code]
}

/** HID keyboard usages (page 0x07) to `KeyboardEvent.code`, so both input paths share one table. */
const usageCodes = new Map<number, string>([
  [0x27, 'Digit0'],
  [0x28, 'Enter'],
  [0x29, 'Escape'],
  [0x2a, 'Backspace'],
  [0x2b, 'Tab'],
  [0x2c, 'Space'],
  [0x2d, 'Minus'],
  [0x2e, 'Equal'],
  [0x2f, 'BracketLeft'],
  [0x30, 'BracketRight'],
  [0x31, 'Backslash'],
  [0x33, 'Semicolon'],
  [0x34, 'Quote'],
  [0x35, 'Backquote'],
  [0x36, 'Comma'],
  [0x37, 'Period'],
  [0x38, 'Slash'],
  [0x53, 'NumLock'],
  [0x54, 'NumpadDivide'],
  [0x55, 'NumpadMultiply'],
  [0x56, 'NumpadSubtract'],
  [0x57, 'NumpadAdd'],
  [0x58, 'NumpadEnter'],
  [0x62, 'Numpad0'],
  [0x63, 'NumpadDecimal'],
])
for (let letter = 0; letter < 26; letter += 1) usageCodes.set(0x04 + letter, `Key${String.fromCharCode(65 + letter)}`)
for (let digit = 1; digit <= 9; digit += 1) {
  usageCodes.set(0x1d + digit, `Digit${digit}`)
  usageCodes.set(0x58 + digit, `Numpad${digit}`)
}
for (let key = 1; key <= 12; key += 1) {
  usageCodes.set(0x39 + key, `F${key}`)
  usageCodes.set(0x67 + key, `F${key + 12}`)
}

export function keyCodeOfUsage(usage: number): string | undefined {
  return usageCodes.get(usage)
}
