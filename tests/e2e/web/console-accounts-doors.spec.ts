import type { Locator, Page } from '@playwright/test'
import { enterPinByKeyboard, receptionPin } from '../fixtures/web-host'
import { chooseDemoHq, expect, test } from '../fixtures/kiosk'

const doorRow = (page: Page, name: string): Locator => page.getByTestId('door-row').filter({ has: page.getByText(name, { exact: true }) })

async function unlock(page: Page, door: string, reason: string): Promise<void> {
  await doorRow(page, door).getByRole('button', { name: 'Unlock' }).click()
  const dialog = page.getByRole('dialog', { name: `Unlock ${door}` })
  await dialog.getByLabel('Reason').fill(reason)
  await dialog.getByRole('button', { name: 'Unlock now' }).click()
}

test.beforeEach(async ({ page, kiosk }) => {
  await chooseDemoHq(kiosk)
  await page.goto(`${kiosk.url}#/staff`)
  await enterPinByKeyboard(page, receptionPin)
  await page.getByRole('link', { name: 'Doors', exact: true }).click()
  await expect(doorRow(page, 'Main Entrance')).toContainText('Online')
})

test('reception unlocks the Main Entrance with a reason', async ({ page }) => {
  await expect(doorRow(page, 'Roof Terrace')).toContainText('Controller offline')
  await unlock(page, 'Main Entrance', 'Courier at the door')
  await expect(doorRow(page, 'Main Entrance').getByRole('status')).toHaveText('Main Entrance: Unlocked!')
})

test('the Server Room’s Kisi Reader Restriction is explained when it refuses', async ({ page }) => {
  await expect(doorRow(page, 'Server Room')).toContainText('Kisi Reader Restriction on')
  await unlock(page, 'Server Room', 'Technician visit')
  await expect(page.getByRole('dialog').getByRole('alert')).toContainText('The Kisi Reader Restriction is on for this door or group, so it cannot be unlocked from this app.')
})
