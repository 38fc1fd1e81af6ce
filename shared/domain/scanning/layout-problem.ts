import { usCharacterOf } from './key-positions'
import type { TimedKey } from './keyboard-burst-classifier'

/**
 * Why what a reader typed looks wrong on screen: the OS layout turns the reader's US key positions
 * into other characters (`&é"'` on AZERTY for `1234`), or NumLock is off and keypad digits arrive as
 * arrows. The kiosk reads positions and still gets the digits; a field the reader types into does not.
 */
export interface LayoutProblem {
  kind: 'french-layout' | 'german-layout' | 'other-layout' | 'numlock-off'
  /** What the OS made of the keys, as shown in a field (`&é"'`), or the key names with NumLock off. */
  arrived: string
  /** What the reader meant (`1234`). */
  meant: string
  message: string
}

/** AZERTY's unshifted digit row (France; Belgium differs on 6 and 8). */
const frenchDigitRow: Record<string, string[]> = {
  Digit1: ['&'],
  Digit2: ['é'],
  Digit3: ['"'],
  Digit4: ["'"],
  Digit5: ['('],
  Digit6: ['-', '§'],
  Digit7: ['è'],
  Digit8: ['_', '!'],
  Digit9: ['ç'],
  Digit0: ['à'],
}
/** QWERTZ's tell-tale keys: the reader's `:` (Shift+Semicolon) arrives as `Ö`, `-` as `ß`, Y and Z swapped. */
const germanKeys: Record<string, string[]> = { Semicolon: ['ö', 'Ö'], Minus: ['ß', '?'], KeyY: ['z', 'Z'], KeyZ: ['y', 'Y'], Quote: ['ä', 'Ä'] }
const numpadWithoutNumLock = new Set(['End', 'ArrowDown', 'PageDown', 'ArrowLeft', 'Clear', 'ArrowRight', 'Home', 'ArrowUp', 'PageUp', 'Insert', 'Delete', 'Unidentified'])

/** Finds layout and NumLock problems in captured keys that carry both `code` and `key`; empty when all is well. */
export function detectLayoutProblems(keys: readonly TimedKey[]): LayoutProblem[] {
  const mismatched: { code: string; key: string; meant: string }[] = []
  const numpadOff: { key: string; meant: string }[] = []
  for (const { code, key, shift } of keys) {
    const meant = usCharacterOf(code, shift)
    if (key === undefined || meant === undefined || key === meant) continue
    if (code.startsWith('Numpad')) {
      if (numpadWithoutNumLock.has(key)) numpadOff.push({ key, meant })
    } else {
      mismatched.push({ code, key, meant })
    }
  }
  const problems: LayoutProblem[] = []
  if (mismatched.length > 0) problems.push(layoutProblem(mismatched))
  if (numpadOff.length > 0) {
    const arrived = numpadOff.map(({ key }) => key).join(' ')
    const meant = numpadOff.map(({ meant: digit }) => digit).join('')
    problems.push({
      kind: 'numlock-off',
      arrived,
      meant,
      message: `Keypad digits arrive as ${arrived}: NumLock is off. The kiosk still reads ${meant}; a form field would not.`,
    })
  }
  return problems
}

function layoutProblem(mismatched: { code: string; key: string; meant: string }[]): LayoutProblem {
  const arrived = mismatched.map(({ key }) => key).join('')
  const meant = mismatched.map(({ meant: character }) => character).join('')
  const matches = (table: Record<string, string[]>): boolean => mismatched.some(({ code, key }) => table[code]?.includes(key))
  if (matches(frenchDigitRow)) {
    return { kind: 'french-layout', arrived, meant, message: `Digits arrive as ${arrived}: the reader types on a French (AZERTY) layout.` }
  }
  if (matches(germanKeys)) {
    return { kind: 'german-layout', arrived, meant, message: `${meant} arrives as ${arrived}: the reader types on a German (QWERTZ) layout.` }
  }
  return { kind: 'other-layout', arrived, meant, message: `${meant} arrives as ${arrived}: the computer's keyboard layout is not US English.` }
}
