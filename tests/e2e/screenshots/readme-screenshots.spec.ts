import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Page } from '@playwright/test'
import { enterPinByKeyboard, managerPin, receptionPin } from '../fixtures/web-host'
import { chooseDemoHq, expect, managerCall, test } from '../fixtures/kiosk'
import { unlockWithPassLink, walkIn } from '../web/visitor-steps'

/** Not a test tier: `npm run screenshots` refreshes the pictures in the README. */
const folder = fileURLToPath(new URL('../../../assets/screenshots', import.meta.url))
const shoot = (page: Page, name: string) => page.screenshot({ path: join(folder, `${name}.png`) })

async function signIn(page: Page, url: string, pin: string): Promise<void> {
  await page.goto(`${url}#/staff`)
  await enterPinByKeyboard(page, pin)
  await expect(page.getByTestId('staff-role')).toBeVisible()
}

test('README screenshots', async ({ page, browserHost }) => {
  await page.goto(browserHost.url)
  await expect(page.getByTestId('organisation-name')).toHaveText('Frontdesk')
  await shoot(page, 'welcome')
  await page.getByRole('link', { name: 'Staff' }).click()
  await expect(page.getByRole('heading', { name: 'Set up the staff PINs' })).toBeVisible()
  await shoot(page, 'pin-setup')
})

test('README screenshots with Kisi', async ({ page, kiosk }) => {
  await managerCall(kiosk, 'settings.update', { organisationName: 'Demo HQ' })
  await chooseDemoHq(kiosk)
  await walkIn(page, kiosk.url, 'Guest', { 'Full name': 'Ada Lovelace', 'E-mail': 'ada@example.com', Company: 'Analytical Engines', 'Who are you visiting?': 'Grace Hopper' })
  await expect(page.getByTestId('pass-qr')).toBeVisible()
  await shoot(page, 'visitor-pass')
  await unlockWithPassLink(page, 'Main Entrance')

  await kiosk.call('visits.checkIn', {
    visitTypeId: 'contractor',
    visitor: { name: 'Carl Builder', email: 'carl@example.com', phone: '+49 30 1234567', company: 'Fix & Co', host: 'Mia Hoffmann', purpose: 'Fire alarm check' },
    agreementVersion: 1,
  })
  await managerCall(kiosk, 'visits.preRegister', {
    visitTypeId: 'interview',
    visitor: { name: 'Ines Invited', email: 'ines@example.com', host: 'Lena Schulz' },
    expectedAt: new Date().toISOString(),
  })
  await signIn(page, kiosk.url, receptionPin)
  await page.getByRole('link', { name: 'Visits', exact: true }).click()
  await expect(page.getByText('Carl Builder')).toBeVisible()
  await shoot(page, 'console-visits')

  await page.getByRole('link', { name: 'Accounts', exact: true }).click()
  await page.getByRole('searchbox').fill('Jonas')
  await page.getByRole('link', { name: /Jonas Weber/ }).first().click()
  await expect(page.getByRole('heading', { name: 'Jonas Weber' })).toBeVisible()
  await shoot(page, 'console-account')

  await page.getByRole('button', { name: 'Lock' }).click()
  await signIn(page, kiosk.url, managerPin)
  await page.getByRole('link', { name: 'Visitor policies', exact: true }).click()
  await expect(page.getByRole('heading', { name: /Visitor policies/ })).toBeVisible()
  await shoot(page, 'console-policies')

  await page.getByRole('link', { name: 'Access log', exact: true }).click()
  await page.getByTestId('access-log-sync-now').click()
  await expect(page.getByTestId('access-log-row').filter({ hasText: 'Main Entrance' }).first()).toBeVisible({ timeout: 30_000 })
  await shoot(page, 'console-access-log')

  await page.getByRole('link', { name: 'Roll call', exact: true }).click()
  await expect(page.getByTestId('roll-call-person').filter({ hasText: 'Ada Lovelace' })).toBeVisible()
  await page.getByTestId('roll-call-person').filter({ hasText: 'Ada Lovelace' }).getByRole('button', { name: 'Mark Ada Lovelace safe' }).click()
  await shoot(page, 'console-roll-call')
})
