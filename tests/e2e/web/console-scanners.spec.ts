import type { Page } from '@playwright/test'
import { enterPinByKeyboard, managerPin } from '../fixtures/web-host'
import { expect, test } from '../fixtures/kiosk'

/** Digits and `:` by key position, `gapMs` apart, then Enter: a keyboard-type reader's burst. */
async function scanInto(page: Page, text: string, gapMs: number): Promise<void> {
  for (const character of text) {
    await page.keyboard.press(character === ':' ? 'Shift+Semicolon' : `Digit${character}`)
    await page.waitForTimeout(gapMs)
  }
  await page.keyboard.press('Enter')
}

test('the reader set-up page reads a scanned burst, suggests its format and tests the card in Kisi', async ({ page, kiosk }) => {
  await page.goto(`${kiosk.url}#/staff`)
  await enterPinByKeyboard(page, managerPin)
  await page.getByRole('link', { name: 'Readers', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Badge reader set-up' })).toBeVisible()
  // No USB HID device is plugged in on a test machine.
  await expect(page.getByTestId('hid-empty')).toContainText('Plug the reader in')

  const capture = page.getByRole('textbox', { name: 'Scan test: select this box, then scan a card' })
  await capture.focus()
  await expect(capture).toHaveText('Listening: scan a card now.')
  await scanInto(page, '42:10003', 25)
  const line = page.getByTestId('key-line')
  await expect(line.getByTestId('key-line-timings')).toHaveText(/^Between keys: min \d+ ms, median \d+ ms, max \d+ ms$/)
  await expect(line.getByTestId('scan-problem')).toHaveText('The value is not a number, so it cannot be this card format.')

  const suggestion = page.getByTestId('format-suggestion').first()
  await expect(suggestion).toContainText('facility code ":" card number, HID H10301 (26-bit)')
  await suggestion.getByRole('button', { name: 'Use this format' }).click()
  await expect(page.getByText('The keyboard reading now uses facility code ":" card number, HID H10301 (26-bit).')).toBeVisible()
  await expect(line.getByTestId('scan-value')).toHaveText('Card 42:10003 (HID H10301 (26-bit))')

  // The demo seed gives Jonas Weber the HID H10301 card 42:10003.
  const testCard = page.getByRole('region', { name: 'Test card' })
  await expect(testCard.getByTestId('test-card')).toContainText('Last card: Card 42:10003 (HID H10301 (26-bit)), from the keyboard-type reader')
  await testCard.getByRole('button', { name: 'Look it up in Kisi' }).click()
  await expect(testCard.getByTestId('test-card-answer')).toContainText('Kisi knows this card: Jonas Weber holds it.')

  await capture.focus()
  await scanInto(page, '42:20001', 25)
  await expect(page.getByTestId('key-line').nth(1).getByTestId('key-line-verdict')).toHaveText('Read as a scan')
  await testCard.getByRole('button', { name: 'Look it up in Kisi' }).click()
  await expect(testCard.getByTestId('test-card-answer')).toContainText('Kisi does not know this card.')
  await testCard.getByRole('link', { name: 'Enrol it on the Accounts page' }).click()
  await expect(page.getByTestId('badge-offer')).toHaveText('Kisi does not know card 42:20001 (HID H10301 (26-bit)). Enrol it for the person it belongs to:')
})

test('a manager saves the keyboard reading’s prefix, and it is still there after a reload', async ({ page, kiosk }) => {
  await page.goto(`${kiosk.url}#/staff`)
  await enterPinByKeyboard(page, managerPin)
  await page.getByRole('link', { name: 'Readers', exact: true }).click()
  const reading = page.getByRole('region', { name: 'Keyboard reading' })
  await reading.getByRole('textbox', { name: /^Prefix / }).fill('F9')
  await reading.getByRole('button', { name: 'Save the keyboard reading' }).click()
  await expect(reading.getByText('Saved: keyboard-type readers are read this way from the next scan.')).toBeVisible()

  // The staff session outlives a reload, so the page comes back with the setting read from main.
  await page.reload()
  await expect(reading.getByRole('textbox', { name: /^Prefix / })).toHaveValue('F9')
})
