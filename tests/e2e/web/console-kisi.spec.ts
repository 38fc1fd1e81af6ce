import { enterPinByKeyboard, managerPin } from '../fixtures/web-host'
import { expect, test } from '../fixtures/kiosk'

test.beforeEach(async ({ page, kiosk }) => {
  await page.goto(`${kiosk.url}#/staff`)
  await enterPinByKeyboard(page, managerPin)
  await page.getByRole('link', { name: 'Kisi', exact: true }).click()
})

test('the Kisi tab shows the connection and asks for the place it serves', async ({ page }) => {
  await expect(page.getByTestId('kisi-status')).toContainText('Connected as ')
  await expect(page.getByTestId('kisi-status')).toContainText('to organisation Demo Organization.')
  await expect(page.getByTestId('kisi-pending-writes')).toHaveText('No Kisi writes waiting.')
  await expect(page.getByTestId('kisi-place')).toHaveText('No place chosen yet.')
  await page.getByTestId('kisi-place-step').getByLabel('Demo HQ').check()
  await page.getByTestId('kisi-place-step').getByRole('button', { name: 'Use this place' }).click()
  await expect(page.getByTestId('kisi-place')).toHaveText('Place: Demo HQ')
})

test('disconnect asks first, removes the key, and the wizard is offered again', async ({ page }) => {
  await page.getByRole('button', { name: 'Disconnect' }).click()
  await expect(page.getByText('This removes the API key from this kiosk.')).toBeVisible()
  await page.getByRole('button', { name: 'Yes, disconnect' }).click()
  await expect(page.getByTestId('kisi-status')).toContainText('Not connected.')
  await page.getByRole('button', { name: 'Use an API key' }).click()
  await page.getByLabel('API key').fill('not-a-real-key-000')
  await page.getByRole('button', { name: 'Connect', exact: true }).click()
  await expect(page.getByRole('alert')).toBeVisible()
  await expect(page.getByTestId('kisi-status')).toContainText('Not connected.')
})

test('a revoked key shows the reconnect state after the next Kisi call, and signing in again mends it', async ({ page, sandbox }) => {
  await sandbox.revokeKey(sandbox.apiKey)
  await page.getByRole('link', { name: 'Accounts', exact: true }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'Kisi' }).first()).toBeVisible()
  const banner = page.getByTestId('kisi-connection-banner')
  await expect(banner).toContainText('Kisi connection lost')
  await banner.getByRole('link', { name: 'Reconnect on the Kisi tab' }).click()

  await expect(page.getByTestId('kisi-key-invalid')).toContainText('a changed Kisi password invalidates the keys')
  await page.getByLabel('Organisation domain').fill('demo')
  await page.getByLabel('E-mail').fill('admin@demo.example')
  await page.getByLabel('Password').fill('demo-password')
  await page.getByRole('button', { name: 'Sign in and connect' }).click()
  await expect(page.getByTestId('kisi-status')).toContainText('Connected as admin@demo.example')
  await expect(banner).toBeHidden()
})
