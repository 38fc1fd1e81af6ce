import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { enterPinByKeyboard, expect, managerPin, setUpPins, test } from '../fixtures/host'

/** Not a test tier: `npm run screenshots` refreshes the pictures in the README. */
const folder = fileURLToPath(new URL('../../../assets/screenshots', import.meta.url))
const shot = (name: string) => ({ path: join(folder, `${name}.png`) })

test('README screenshots', async ({ page, host }) => {
  await page.goto(host.url)
  await expect(page.getByTestId('organisation-name')).toHaveText('Frontdesk')
  await page.screenshot(shot('welcome'))

  await page.getByRole('link', { name: 'Staff' }).click()
  await expect(page.getByRole('heading', { name: 'Set up the staff PINs' })).toBeVisible()
  await page.screenshot(shot('pin-setup'))

  await setUpPins(host)
  await page.goto(`${host.url}#/staff`)
  await enterPinByKeyboard(page, managerPin)
  await page.getByRole('link', { name: 'Settings' }).click()
  await expect(page.getByLabel('Organisation name')).toBeVisible()
  await page.screenshot(shot('console-settings'))
})
