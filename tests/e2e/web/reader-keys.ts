import type { Page } from '@playwright/test'

const shiftedCodes: Record<string, string> = { ':': 'Semicolon', _: 'Minus', '?': 'Slash' }
const plainCodes: Record<string, string> = { '-': 'Minus', '/': 'Slash', '.': 'Period', '=': 'Equal' }

/**
 * Presses keys by position, `gapMs` apart, as a keyboard-wedge reader does: Shift pressed of its own
 * for capitals and symbols, and Enter at the end (Playwright's `type` would send capitals without Shift).
 */
export async function typeAsReader(page: Page, text: string, gapMs: number): Promise<void> {
  for (const character of text) {
    const isLetter = /[a-z]/i.test(character)
    const code = isLetter ? `Key${character.toUpperCase()}` : /\d/.test(character) ? `Digit${character}` : (shiftedCodes[character] ?? plainCodes[character])
    if (!code) throw new Error(`no key for ${character}`)
    const shift = (isLetter && character !== character.toLowerCase()) || character in shiftedCodes
    await page.keyboard.press(shift ? `Shift+${code}` : code)
    await page.waitForTimeout(gapMs)
  }
  await page.keyboard.press('Enter')
}
