import { expect, managerCall, test } from '../fixtures/kiosk'
import { acceptAgreement, decodePassQr } from './visitor-steps'

interface Invite {
  id: string
  inviteCode: string | null
}

function invite(kiosk: Parameters<typeof managerCall>[0], name: string, email?: string): Promise<Invite> {
  return managerCall<Invite>(kiosk, 'visits.preRegister', {
    visitTypeId: 'guest',
    visitor: { name, host: 'Grace Hopper', ...(email ? { email } : {}) },
    expectedAt: new Date().toISOString(),
  })
}

test('an invited visitor finds their name, sees only masked matches, confirms with their e-mail and checks in', async ({ page, kiosk, sandbox }) => {
  await invite(kiosk, 'Ada Lovelace', 'ada@example.com')
  await invite(kiosk, 'Adam Smith', 'adam@example.com')

  await page.goto(kiosk.url)
  await page.getByRole('link', { name: /Check in/ }).tap()
  await page.getByRole('link', { name: /I have an invitation/ }).tap()
  await expect(page.getByRole('heading', { name: 'Find your invitation' })).toBeFocused()
  await expect(page.getByRole('button', { name: /Ada/ })).toHaveCount(0)

  await page.keyboard.type('Ad')
  await expect(page.getByText('Type at least 3 letters.')).toBeVisible()
  await expect(page.getByRole('button', { name: /Ada/ })).toHaveCount(0)
  await page.keyboard.type('a')
  await expect(page.getByRole('button', { name: 'Check in Ada L. (Guest)' })).toBeVisible()
  await expect(page.getByRole('button', { name: /Adam S\./ })).toBeVisible()
  await expect(page.getByText('Lovelace')).toHaveCount(0)

  await page.getByRole('button', { name: /Ada L\./ }).tap()
  // A name anyone could type is not enough for a door pass: the invited e-mail confirms it.
  await expect(page.getByRole('heading', { name: 'Please confirm it is you' })).toBeFocused()
  const email = page.getByLabel('The e-mail address you were invited with')
  await email.fill('adam@example.com')
  await page.getByRole('button', { name: 'Continue' }).tap()
  // Refused where it was typed, before the agreement, with focus back on the address to fix.
  await expect(page.getByRole('alert')).toContainText('not the e-mail address of this invitation')
  await expect(page.getByRole('heading', { name: 'Please read and accept' })).toHaveCount(0)
  await expect(email).toBeFocused()
  await expect(email).toHaveAttribute('aria-invalid', 'true')

  // Back returns to the search as it was, and so does Back from the agreement.
  await page.getByRole('button', { name: 'Back' }).tap()
  await expect(page.getByTestId('scan-input')).toHaveValue('Ada')
  await page.getByRole('button', { name: /Ada L\./ }).tap()
  await email.fill('ADA@example.com')
  await page.getByRole('button', { name: 'Continue' }).tap()
  await expect(page.getByRole('heading', { name: 'Please read and accept' })).toBeFocused()
  await page.getByRole('button', { name: 'Back' }).tap()
  await expect(page.getByTestId('scan-input')).toHaveValue('Ada')
  await expect(page.getByRole('button', { name: /Ada L\./ })).toBeVisible()

  await page.getByRole('button', { name: /Ada L\./ }).tap()
  await email.fill('ada@example.com')
  await page.getByRole('button', { name: 'Continue' }).tap()
  await acceptAgreement(page)
  await expect(page.getByTestId('pass-name')).toHaveText('Ada Lovelace')
  expect(await decodePassQr(page)).toContain(`${sandbox.baseUrl}/grouplinks/`)
})

test('an invitation without an e-mail asks for the invite code after a name search', async ({ page, kiosk }) => {
  await invite(kiosk, 'Nora Nomail')
  await page.goto(kiosk.url)
  await page.getByRole('link', { name: /Check in/ }).tap()
  await page.getByRole('link', { name: /I have an invitation/ }).tap()
  await expect(page.getByRole('heading', { name: 'Find your invitation' })).toBeFocused()
  await page.keyboard.type('Nora')
  await page.getByRole('button', { name: /Nora N\./ }).tap()
  await expect(page.getByRole('alert')).toHaveText('For your security, please scan or type your invitation code, or see reception.')
})

test('an invited visitor scans or types their code and checks in', async ({ page, kiosk, sandbox }) => {
  const { inviteCode } = await invite(kiosk, 'Grace Brewster')
  expect(inviteCode).toMatch(/^[A-Z0-9]{8}$/)

  await page.goto(kiosk.url)
  await page.getByRole('link', { name: /Check in/ }).click()
  await page.getByRole('link', { name: /I have an invitation/ }).click()
  await expect(page.getByRole('heading', { name: 'Find your invitation' })).toBeFocused()
  // As a keyboard-wedge scanner sends it: the code with its dash, then Enter.
  await page.keyboard.type(`${inviteCode!.slice(0, 4)}-${inviteCode!.slice(4)}`)
  await page.keyboard.press('Enter')

  await acceptAgreement(page, 'click')
  await expect(page.getByTestId('pass-name')).toHaveText('Grace Brewster')
  expect(await decodePassQr(page)).toContain(`${sandbox.baseUrl}/grouplinks/`)
})

test('an unknown code is refused in plain words and the typed code stays', async ({ page, kiosk }) => {
  await page.goto(`${kiosk.url}`)
  await page.getByRole('link', { name: /Check in/ }).click()
  await page.getByRole('link', { name: /I have an invitation/ }).click()
  await expect(page.getByRole('heading', { name: 'Find your invitation' })).toBeFocused()
  await page.keyboard.type('ZZZZ-9999')
  await page.getByRole('button', { name: 'Check in with code ZZZZ-9999' }).click()
  await expect(page.getByRole('alert')).toHaveText('We could not find this invitation. Please see reception.')
  await expect(page.getByTestId('scan-input')).toHaveValue('ZZZZ-9999')
})
