import { enterPinByKeyboard, managerPin } from '../fixtures/host'
import { expect, test } from '../fixtures/kiosk'

test.beforeEach(async ({ page, kiosk }) => {
  await page.goto(`${kiosk.url}#/staff`)
  await enterPinByKeyboard(page, managerPin)
  await page.getByRole('link', { name: 'Kisi', exact: true }).click()
})

test('the Kisi tab shows the connection', async ({ page }) => {
  await expect(page.getByTestId('kisi-status')).toContainText('Connected as ')
  await expect(page.getByTestId('kisi-status')).toContainText('to organisation Demo Organization.')
  await expect(page.getByTestId('kisi-pending-writes')).toHaveText('No Kisi writes waiting.')
})

test('a refused key is explained and the connection stays; disconnect asks first', async ({ page }) => {
  await page.getByLabel('API key').fill('not-a-real-key-000')
  await page.getByRole('button', { name: 'Connect', exact: true }).click()
  await expect(page.getByRole('alert')).toBeVisible()
  await expect(page.getByTestId('kisi-status')).toContainText('Connected as ')

  await page.getByRole('button', { name: 'Disconnect' }).click()
  await page.getByRole('button', { name: 'Yes, disconnect' }).click()
  await expect(page.getByTestId('kisi-status')).toContainText('Not connected.')
})
