import { enterPinByKeyboard, expect, managerPin, receptionPin, setUpPins, test } from '../fixtures/web-host'

test('first start: the manager sets both PINs by touch, then signs in', async ({ page, browserHost }) => {
  await page.goto(browserHost.url)
  await expect(page.getByTestId('organisation-name')).toHaveText('Frontdesk')
  await expect(page.getByRole('link', { name: /Check in/ })).toBeVisible()
  await expect(page.getByRole('link', { name: /Check out/ })).toBeVisible()

  await page.getByRole('link', { name: 'Staff' }).click()
  await expect(page.getByRole('heading', { name: 'Set up the staff PINs' })).toBeVisible()
  for (const pin of [managerPin, managerPin, receptionPin, receptionPin]) {
    for (const digit of pin) await page.getByRole('button', { name: digit, exact: true }).tap()
    await page.getByRole('button', { name: /Next|Save PINs/ }).tap()
  }

  await expect(page.getByText('The PINs are saved.')).toBeVisible()
  await enterPinByKeyboard(page, managerPin)
  await expect(page.getByRole('heading', { name: 'Staff console' })).toBeVisible()
  await expect(page.getByTestId('staff-role')).toHaveText('Manager')
  await expect(page.getByRole('link', { name: 'Settings' })).toBeVisible()
  // A new kiosk opens no doors yet: the overview says what is left, starting with Kisi.
  await expect(page.getByTestId('setup-step')).toHaveCount(3)
  await page.getByTestId('setup-steps').getByRole('link', { name: 'Connect Kisi (or try the demo)' }).click()
  await expect(page).toHaveURL(/#\/console\/kisi$/)
})

test('setup refuses a confirmation that differs', async ({ page, browserHost }) => {
  await page.goto(`${browserHost.url}#/staff/setup`)
  await enterPinByKeyboard(page, managerPin)
  await enterPinByKeyboard(page, '9999')
  await expect(page.getByRole('alert')).toHaveText('The two entries differ. Choose the PIN again.')
  await expect(page.getByText('Choose the manager PIN')).toBeVisible()
})

test('reception signs in without manager areas and locks the console', async ({ page, browserHost }) => {
  await setUpPins(browserHost)
  await page.goto(`${browserHost.url}#/staff`)
  await enterPinByKeyboard(page, receptionPin)
  await expect(page.getByTestId('staff-role')).toHaveText('Reception')
  await expect(page.getByRole('link', { name: 'Settings' })).toHaveCount(0)

  await page.goto(`${browserHost.url}#/console/settings`)
  await expect(page).toHaveURL(/#\/console$/)
  await expect(page.getByText('Signed in as Reception')).toBeVisible()
  const refused = await browserHost.call('settings.get')
  expect(refused.error?.code).toBe('forbidden')

  await page.getByRole('button', { name: 'Lock' }).click()
  await expect(page.getByTestId('organisation-name')).toBeVisible()
  expect((await browserHost.call('staff.status')).value).toMatchObject({ session: null })
})

test('a wrong PIN is refused and the console stays closed', async ({ page, browserHost }) => {
  await setUpPins(browserHost)
  await page.goto(`${browserHost.url}#/staff`)
  await enterPinByKeyboard(page, '0000')
  await expect(page.getByRole('alert')).toContainText('That PIN is not right. 4 tries left')
  await expect(page.getByRole('heading', { name: 'Staff sign-in' })).toBeVisible()

  await page.goto(`${browserHost.url}#/console`)
  await expect(page.getByRole('heading', { name: 'Staff sign-in' })).toBeVisible()
})

test('five wrong PINs lock the PIN screen, even for the right PIN', async ({ page, browserHost }) => {
  await setUpPins(browserHost)
  await page.goto(`${browserHost.url}#/staff`)
  for (let attempt = 0; attempt < 5; attempt += 1) {
    await enterPinByKeyboard(page, '0000')
    await expect(page.getByTestId('pin-dots').locator('span:not(.visually-hidden)')).toHaveCount(0)
  }
  await expect(page.getByRole('alert')).toContainText(/Locked\. Try again in ([12]\d|30) s\./)
  await expect(page.getByRole('button', { name: '5', exact: true })).toBeDisabled()

  const refused = await browserHost.call('staff.unlock', { pin: managerPin })
  expect(refused.error?.code).toBe('pin_locked')
})
