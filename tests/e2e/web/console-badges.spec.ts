import type { Page } from '@playwright/test'
import { enterPinByKeyboard, receptionPin, type BrowserHost } from '../fixtures/web-host'
import { expect, managerCall, test } from '../fixtures/kiosk'
import { typeAsReader } from './reader-keys'

async function openAccounts(page: Page, kiosk: BrowserHost): Promise<void> {
  await page.goto(`${kiosk.url}#/staff`)
  await enterPinByKeyboard(page, receptionPin)
  await page.getByRole('link', { name: 'Accounts', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Badge' })).toBeVisible()
}

async function lookUp(page: Page, facilityCode: string, cardNumber: string): Promise<void> {
  await page.getByLabel('Facility code').fill(facilityCode)
  await page.getByLabel('Card number').fill(cardNumber)
  await page.getByRole('button', { name: 'Look up' }).click()
}

/** Enrols the card the Badge panel offers for the one person the search finds, and waits for their page. */
async function enrolFor(page: Page, search: string, name: string): Promise<void> {
  await page.getByLabel('Find the person by name or e-mail').fill(search)
  await page.getByRole('region', { name: 'Badge' }).getByRole('button', { name: 'Search', exact: true }).click()
  await page.getByRole('button', { name: `Enrol for ${name}` }).click()
  await expect(page.getByRole('heading', { name })).toBeVisible()
}

test('a demo staff card opens its person; an unknown card is enrolled for a person and then found', async ({ page, kiosk }) => {
  await openAccounts(page, kiosk)
  // The demo seed gives Jonas Weber the HID H10301 card 42:10003.
  await lookUp(page, '42', '10003')
  await expect(page.getByRole('heading', { name: 'Jonas Weber' })).toBeVisible()
  await expect(page.getByTestId('account-report')).toHaveText('Card 42:10003 (HID H10301 (26-bit)) belongs to Jonas Weber.')

  await page.getByRole('link', { name: 'All accounts' }).click()
  await lookUp(page, '42', '20001')
  await expect(page.getByTestId('badge-offer')).toHaveText('Kisi does not know card 42:20001 (HID H10301 (26-bit)). Enrol it for the person it belongs to:')
  await enrolFor(page, 'lena', 'Lena Schulz')
  await expect(page.getByTestId('account-report')).toHaveText('Card 42:20001 (HID H10301 (26-bit)) now belongs to Lena Schulz.')
  await expect(page.getByText('Card 42:20001', { exact: true })).toBeVisible()

  await page.getByRole('link', { name: 'All accounts' }).click()
  await lookUp(page, '42', '20001')
  await expect(page.getByRole('heading', { name: 'Lena Schulz' })).toBeVisible()
  await expect(page.getByTestId('account-report')).toHaveText('Card 42:20001 (HID H10301 (26-bit)) belongs to Lena Schulz.')
})

test('a badge scanned in the console opens the person, and an unknown badge is enrolled and then found', async ({ page, kiosk }) => {
  // A pcProx set to type the card number alone; the demo's cards carry facility code 42, the site's.
  const { setting } = await managerCall<{ setting: Record<string, unknown> }>(kiosk, 'scanners.keyboardReading')
  await managerCall(kiosk, 'scanners.setKeyboardReading', { setting: { ...setting, format: { kind: 'card-number', cardFormat: 'h10301', facilityCode: 42 } } })

  await page.goto(`${kiosk.url}#/staff`)
  await enterPinByKeyboard(page, receptionPin)
  await page.getByRole('link', { name: 'Visits', exact: true }).click()

  // The demo seed gives Jonas Weber the HID H10301 card 42:10003.
  await typeAsReader(page, '10003', 25)
  await expect(page.getByRole('heading', { name: 'Jonas Weber' })).toBeVisible()
  await expect(page.getByTestId('account-report')).toHaveText('Card 42:10003 (HID H10301 (26-bit)) belongs to Jonas Weber.')

  await typeAsReader(page, '20002', 25)
  await expect(page.getByTestId('badge-offer')).toHaveText('Kisi does not know card 42:20002 (HID H10301 (26-bit)). Enrol it for the person it belongs to:')
  await expect(page.getByLabel('Facility code')).toHaveValue('42')
  await expect(page.getByLabel('Card number')).toHaveValue('20002')
  await enrolFor(page, 'lena', 'Lena Schulz')
  await expect(page.getByTestId('account-report')).toHaveText('Card 42:20002 (HID H10301 (26-bit)) now belongs to Lena Schulz.')

  await page.getByRole('link', { name: 'All accounts' }).click()
  await typeAsReader(page, '20002', 25)
  await expect(page.getByRole('heading', { name: 'Lena Schulz' })).toBeVisible()
  await expect(page.getByTestId('account-report')).toHaveText('Card 42:20002 (HID H10301 (26-bit)) belongs to Lena Schulz.')
})
