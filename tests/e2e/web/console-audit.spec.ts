import { enterPinByKeyboard, expect, managerPin, receptionPin, setUpPins, test } from '../fixtures/web-host'

test('a manager reads who did what in the audit trail, and can keep only the problems', async ({ page, browserHost }) => {
  await setUpPins(browserHost)
  await page.goto(`${browserHost.url}#/staff`)
  await enterPinByKeyboard(page, '0000')
  await expect(page.getByRole('alert')).toContainText('That PIN is not right')
  await enterPinByKeyboard(page, receptionPin)
  await expect(page.getByTestId('staff-role')).toHaveText('Reception')
  await expect(page.getByRole('link', { name: 'Audit trail' })).toHaveCount(0)
  await page.getByRole('button', { name: 'Lock' }).click()

  await page.getByRole('link', { name: 'Staff' }).click()
  await enterPinByKeyboard(page, managerPin)
  await page.getByRole('link', { name: 'Audit trail' }).click()
  await expect(page.getByRole('heading', { name: 'Staff audit trail' })).toBeVisible()
  const rows = page.getByTestId('audit-entry')
  // Newest first: the manager's sign-in, reception's lock and sign-in, the refused PIN, the setup.
  await expect(rows).toHaveCount(5)
  await expect(rows.nth(0)).toContainText('Manager')
  await expect(rows.nth(0)).toContainText('unlock staff console')
  await expect(rows.nth(1)).toContainText('lock staff console')
  await expect(rows.nth(3).getByTestId('audit-outcome')).toHaveText('Refused')
  await expect(rows.nth(4)).toContainText('No staff signed in')
  await expect(rows.nth(4)).toContainText('set up staff PINs')

  await page.getByLabel('Only refused and failed actions').check()
  await expect(rows).toHaveCount(1)
  await expect(rows.first()).toContainText('unlock staff console')
  await expect(rows.first().getByTestId('audit-outcome')).toHaveText('Refused')
})
