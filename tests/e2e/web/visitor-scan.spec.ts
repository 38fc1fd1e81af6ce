import type { Page } from '@playwright/test'
import { expect, managerCall, test } from '../fixtures/kiosk'
import { acceptAgreement, decodePassQr } from './visitor-steps'

const shiftedCodes: Record<string, string> = { ':': 'Semicolon', _: 'Minus', '?': 'Slash' }
const plainCodes: Record<string, string> = { '-': 'Minus', '/': 'Slash', '.': 'Period', '=': 'Equal' }

/**
 * Presses keys by position, `gapMs` apart, as a keyboard-wedge reader does: Shift pressed of its own
 * for capitals and symbols, and Enter at the end (Playwright's `type` would send capitals without Shift).
 */
async function typeAsReader(page: Page, text: string, gapMs: number): Promise<void> {
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

async function inviteCode(kiosk: Parameters<typeof managerCall>[0], name: string): Promise<string> {
  const { inviteCode: code } = await managerCall<{ inviteCode: string | null }>(kiosk, 'visits.preRegister', {
    visitTypeId: 'guest',
    visitor: { name, host: 'Grace Hopper' },
    expectedAt: new Date().toISOString(),
  })
  return code!
}

test('an invitation code scanned at the welcome screen checks the visitor in, and their pass scanned there checks them out', async ({ page, kiosk }) => {
  const code = await inviteCode(kiosk, 'Grace Brewster')
  await page.goto(kiosk.url)
  await expect(page.getByTestId('organisation-name')).toBeFocused()

  await typeAsReader(page, `${code.slice(0, 4)}-${code.slice(4)}`, 25)
  await acceptAgreement(page)
  await expect(page.getByTestId('pass-name')).toHaveText('Grace Brewster')
  const passUrl = await decodePassQr(page)

  await page.goto(kiosk.url)
  await typeAsReader(page, passUrl, 20)
  await expect(page.getByRole('heading', { name: 'Goodbye, Grace!' })).toBeVisible()
})

test('an unknown code scanned at the welcome screen gets a neutral note and does nothing', async ({ page, kiosk }) => {
  await page.goto(kiosk.url)
  await expect(page.getByTestId('organisation-name')).toBeFocused()
  await typeAsReader(page, '042:12345', 25)
  await expect(page.getByTestId('scan-note')).toHaveText('This code is not one the kiosk knows. Please tap Check in or Check out, or see reception.')
  await expect(page.getByRole('link', { name: /Check in/ })).toBeVisible()
})

test('the same characters typed at a person’s pace into a form field stay in the field', async ({ page, kiosk }) => {
  const code = await inviteCode(kiosk, 'Nora Typist')
  await page.goto(kiosk.url)
  await page.getByRole('link', { name: /Check in/ }).tap()
  await page.getByRole('link', { name: /I have an invitation/ }).tap()
  await expect(page.getByRole('heading', { name: 'Find your invitation' })).toBeFocused()
  const typed = `${code.slice(0, 4)}-${code.slice(4)}`
  await page.keyboard.type(typed, { delay: 150 })
  await expect(page.getByTestId('scan-input')).toHaveValue(typed)
  // Nothing was taken as a scan: the visitor is still on the search, offered their code.
  await expect(page.getByRole('button', { name: `Check in with code ${typed}` })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Please read and accept' })).toHaveCount(0)
})
