import type { Page } from '@playwright/test'
import { enterPinByKeyboard, expect, managerPin, setUpPins, test as browserHostTest } from '../fixtures/web-host'
import { startSandboxProcess, type SandboxProcess } from '../fixtures/sandbox-process'

/** A fresh kiosk with PINs but no Kisi, beside a Kisi sandbox it can be pointed at. */
const test = browserHostTest.extend<{ sandbox: SandboxProcess }>({
  sandbox: async ({}, use) => {
    const sandbox = await startSandboxProcess()
    await use(sandbox)
    await sandbox.stop()
  },
})

test.beforeEach(async ({ page, browserHost }) => {
  await setUpPins(browserHost)
  await page.goto(`${browserHost.url}#/staff`)
  await enterPinByKeyboard(page, managerPin)
  await page.getByRole('link', { name: 'Kisi', exact: true }).click()
  await expect(page.getByTestId('kisi-status')).toContainText('Not connected.')
})

async function signIn(page: Page, sandbox: SandboxProcess, email: string): Promise<void> {
  await page.getByRole('button', { name: 'Sign in with Kisi' }).click()
  await page.getByLabel('Organisation domain').fill('demo')
  await page.getByLabel('E-mail').fill(email)
  await page.getByLabel('Password').fill('demo-password')
  await page.getByText('Advanced: API address').click()
  await expect(page.getByLabel('API address')).toHaveValue('https://api.kisi.io')
  await page.getByLabel('API address').fill(sandbox.baseUrl)
  await page.getByRole('button', { name: 'Sign in and connect' }).click()
}

async function choosePlace(page: Page): Promise<void> {
  const step = page.getByTestId('kisi-place-step')
  await expect(step.getByRole('heading', { name: 'Choose the place' })).toBeVisible()
  await step.getByLabel('Demo HQ').check()
  await step.getByRole('button', { name: 'Use this place' }).click()
  await expect(step).toBeHidden()
  await expect(page.getByTestId('kisi-place')).toHaveText('Place: Demo HQ')
}

test('a manager signs in with Kisi (no 2FA) and chooses the place', async ({ page, sandbox }) => {
  await signIn(page, sandbox, 'admin@demo.example')
  await expect(page.getByTestId('kisi-status')).toContainText('Connected as admin@demo.example to organisation Demo Organization.')
  await choosePlace(page)
  await expect(page.getByLabel('Allow unlocking doors from this app')).toBeChecked()
  await expect(page.getByTestId('kisi-tap-info')).toContainText('happen in the Kisi mobile app at the reader')
  await expect(page.getByTestId('kisi-connection-banner')).toBeHidden()
})

test('a manager with 2FA is asked for the code, and a wrong code is said so', async ({ page, sandbox }) => {
  await signIn(page, sandbox, 'security@demo.example')
  await expect(page.getByRole('alert')).toContainText('Kisi asks for a two-factor verification code.')
  const code = page.getByLabel('6-digit code')
  await expect(code).toBeFocused()

  await code.fill('000000')
  await page.getByRole('button', { name: 'Sign in and connect' }).click()
  await expect(page.getByRole('alert')).toContainText('The two-factor verification code is not right.')

  await code.fill('123456')
  await page.getByRole('button', { name: 'Sign in and connect' }).click()
  await expect(page.getByTestId('kisi-status')).toContainText('Connected as security@demo.example to organisation Demo Organization.')
  await choosePlace(page)
})

test('"Try with demo data" connects to the built-in demo organisation with its place', async ({ page }) => {
  await page.getByRole('button', { name: 'Try with demo data' }).click()
  await expect(page.getByText('All its data is made up')).toBeVisible()
  await page.getByRole('button', { name: 'Start the demo' }).click()
  await expect(page.getByTestId('kisi-status')).toContainText('to organisation Demo Organization.')
  await expect(page.getByTestId('kisi-status')).toContainText('This is the demo organisation')
  await expect(page.getByTestId('kisi-place')).toHaveText('Place: Demo HQ')
})
