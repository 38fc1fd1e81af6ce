import { enterPinByKeyboard, receptionPin } from '../fixtures/web-host'
import { expect, test } from '../fixtures/kiosk'
import { decodePassQr, walkIn } from './visitor-steps'

test('Kisi failing at check-in: "ready shortly", then the pass arrives on the same screen by itself, and reception can show it too', async ({
  page,
  kiosk,
  sandbox,
}) => {
  await sandbox.setFaults({ errorRate: 1 })
  await walkIn(page, kiosk.url, 'Guest', { 'Full name': 'Ada Lovelace', 'Who are you visiting?': 'Grace Hopper' })
  await expect(page.getByRole('heading', { name: 'Thank you, Ada Lovelace.' })).toBeVisible()
  await expect(page.getByText('Your access will be ready shortly — please see reception.')).toBeVisible()

  // Kisi recovers; the kiosk's outbox makes the link on its next turn, with nobody touching the screen.
  await sandbox.setFaults({ errorRate: 0 })
  await expect(page.getByRole('heading', { name: 'You are checked in' })).toBeVisible({ timeout: 30_000 })
  await expect(page.getByTestId('pass-name')).toHaveText('Ada Lovelace')
  const link = await decodePassQr(page)
  expect(link.startsWith(`${sandbox.baseUrl}/grouplinks/`)).toBe(true)

  const linkPage = await page.context().newPage()
  await linkPage.goto(link)
  await expect(linkPage.getByRole('heading', { level: 1 })).not.toContainText('[fd:')
  await linkPage.getByRole('button', { name: 'Unlock Main Entrance' }).click()
  await expect(linkPage.getByText('Unlocked!')).toBeVisible()

  const console = await page.context().newPage()
  await console.goto(`${kiosk.url}#/staff`)
  await enterPinByKeyboard(console, receptionPin)
  await console.getByRole('link', { name: 'Visits', exact: true }).click()
  const row = console.getByTestId('visits-group-onSite').getByTestId('visit-row').filter({ hasText: 'Ada Lovelace' })
  await row.getByRole('button', { name: 'Show pass' }).click()
  const qr = console.getByRole('dialog').getByTestId('pass-qr')
  await expect(qr).toHaveAttribute('src', /^data:image\/png;base64,/)
  expect(await decodePassQr(console.getByRole('dialog'))).toBe(link)
})
