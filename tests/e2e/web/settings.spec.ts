import { enterPinByKeyboard, expect, managerPin, setUpPins, test } from '../fixtures/web-host'

test.beforeEach(async ({ page, browserHost }) => {
  await setUpPins(browserHost)
  await page.goto(`${browserHost.url}#/staff`)
  await enterPinByKeyboard(page, managerPin)
  await page.getByRole('link', { name: 'Settings' }).click()
})

test('a new organisation name reaches the welcome screen', async ({ page }) => {
  await page.getByLabel('Organisation name').fill('Acme Robotics')
  await page.getByRole('button', { name: 'Save settings' }).click()
  await expect(page.getByRole('status')).toHaveText('Settings saved.')
  await expect(page.locator('.console__organisation')).toHaveText('Acme Robotics')

  await page.getByRole('button', { name: 'Lock' }).click()
  await expect(page.getByTestId('organisation-name')).toHaveText('Acme Robotics')
})

test('an out-of-range value gets a message by its field and is not saved', async ({ page, browserHost }) => {
  await page.getByLabel(/Return to the welcome screen after/).fill('5')
  await page.getByRole('button', { name: 'Save settings' }).click()
  await expect(page.getByText('Use at least 10 seconds')).toBeVisible()
  const settings = await browserHost.call('settings.get')
  expect(settings.value).toMatchObject({ idleTimeoutSeconds: 60 })
})

test('diagnostics show the host runtime and its weaker secret storage', async ({ page }) => {
  await expect(page.getByText('browser-host')).toBeVisible()
  await expect(page.getByText('key-file')).toBeVisible()
})
