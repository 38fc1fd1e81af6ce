import type { Page } from '@playwright/test'

const shiftedCodes: Record<string, string> = { ':': 'Semicolon', _: 'Minus', '?': 'Slash' }
const plainCodes: Record<string, string> = { '-': 'Minus', '/': 'Slash', '.': 'Period', '=': 'Equal' }

/**
 * Presses keys by position, one every `gapMs`, as a keyboard-wedge reader does: Shift pressed of its own
 * for capitals and symbols, and Enter at the end (Playwright's `type` would send capitals without Shift).
 * Each key is due at its own time from the first, so the time a press itself takes on a busy machine
 * is not added to every gap (a reader's keys do not drift apart either).
 */
export async function typeAsReader(page: Page, text: string, gapMs: number): Promise<void> {
  const startedAt = Date.now()
  const presses = [...text].map((character) => {
    const isLetter = /[a-z]/i.test(character)
    const code = isLetter ? `Key${character.toUpperCase()}` : /\d/.test(character) ? `Digit${character}` : (shiftedCodes[character] ?? plainCodes[character])
    if (!code) throw new Error(`no key for ${character}`)
    const shift = (isLetter && character !== character.toLowerCase()) || character in shiftedCodes
    return shift ? `Shift+${code}` : code
  })
  for (const [index, press] of [...presses, 'Enter'].entries()) {
    const waitMs = startedAt + index * gapMs - Date.now()
    if (waitMs > 0) await page.waitForTimeout(waitMs)
    await page.keyboard.press(press)
  }
}
