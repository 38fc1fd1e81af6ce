import { enterPinByKeyboard, expect, managerPin, setUpPins, test } from '../fixtures/web-host'

test('an idle visitor screen returns to welcome and forgets what was typed', async ({ page, browserHost }) => {
  await setUpPins(browserHost)
  await page.clock.install()
  await page.goto(`${browserHost.url}#/staff`)
  await expect(page.getByRole('button', { name: 'Delete last digit' })).toBeVisible()
  await page.keyboard.type('24')
  await expect(page.getByTestId('pin-dots').locator('span:not(.visually-hidden)')).toHaveCount(2)

  // Well before the minute is up (the fake clock also runs in real time), then past it.
  await page.clock.fastForward('00:50')
  await expect(page.getByRole('heading', { name: 'Staff sign-in' })).toBeVisible()
  await page.clock.fastForward('00:11')
  await expect(page.getByTestId('organisation-name')).toBeVisible()

  await page.getByRole('link', { name: 'Staff' }).click()
  await expect(page.getByTestId('pin-dots').locator('span:not(.visually-hidden)')).toHaveCount(0)
})

test('the staff console outlasts the visitor screens’ idle time and locks after the staff one', async ({ page, browserHost }) => {
  await setUpPins(browserHost)
  await page.clock.install()
  await page.goto(`${browserHost.url}#/staff`)
  await enterPinByKeyboard(page, managerPin)
  await expect(page.getByTestId('staff-role')).toHaveText('Manager')

  // Past the visitor screens' minute: still signed in. Then past the console's ten minutes.
  await page.clock.fastForward('01:01')
  await expect(page.getByTestId('staff-role')).toHaveText('Manager')
  await page.clock.fastForward('08:50')
  await expect(page.getByTestId('staff-role')).toHaveText('Manager')
  await page.clock.fastForward('00:10')
  await expect(page.getByTestId('organisation-name')).toBeVisible()
  await expect.poll(async () => (await browserHost.call('staff.status')).value).toMatchObject({ session: null })
})
