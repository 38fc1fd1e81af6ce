import { expect, managerCall, test } from '../fixtures/kiosk'
import { typeAsReader } from './reader-keys'
import { acceptAgreement, decodePassQr } from './visitor-steps'

async function inviteCode(kiosk: Parameters<typeof managerCall>[0], name: string): Promise<string> {
  const { inviteCode: code } = await managerCall<{ inviteCode: string | null }>(kiosk, 'visits.preRegister', {
    visitTypeId: 'guest',
    visitor: { name, host: 'Grace Hopper' },
    expectedAt: new Date().toISOString(),
  })
  return code!
}

test('an invitation code scanned at the welcome screen checks the visitor in, and their pass scanned there offers check-out', async ({ page, kiosk }) => {
  const code = await inviteCode(kiosk, 'Grace Brewster')
  await page.goto(kiosk.url)
  await expect(page.getByTestId('organisation-name')).toBeFocused()

  await typeAsReader(page, `${code.slice(0, 4)}-${code.slice(4)}`, 25)
  await acceptAgreement(page)
  await expect(page.getByTestId('pass-name')).toHaveText('Grace Brewster')
  const passUrl = await decodePassQr(page)

  await page.goto(kiosk.url)
  await typeAsReader(page, passUrl, 20)
  // A pass near the scanner by chance ends no visit: the visitor is asked, and Cancel keeps them checked in.
  await expect(page.getByText('Check out now?')).toBeVisible()
  await page.getByRole('button', { name: 'Cancel' }).tap()
  await expect(page.getByTestId('organisation-name')).toBeFocused()

  // The same value read again within 2 s is a reader's repeat, left out; the visitor's second scan comes later.
  await page.waitForTimeout(2_100)
  await typeAsReader(page, passUrl, 20)
  await expect(page.getByRole('button', { name: 'Check out', exact: true })).toBeFocused()
  await page.keyboard.press('Enter')
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
