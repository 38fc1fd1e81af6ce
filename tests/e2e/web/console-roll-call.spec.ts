import { format } from 'date-fns'
import { enterPinByKeyboard, receptionPin } from '../fixtures/web-host'
import { chooseDemoHq, expect, managerCall, test } from '../fixtures/kiosk'

const guest = { name: 'Grace Guest', host: 'Mia Hoffmann' }

test('reception ticks a visitor safe on the roll call; the tick survives a reload and is in the log', async ({ page, kiosk }) => {
  await chooseDemoHq(kiosk)
  const checkIn = await kiosk.call('visits.checkIn', { visitTypeId: 'guest', visitor: guest, agreementVersion: 1 })
  expect(checkIn.ok, JSON.stringify(checkIn.error)).toBe(true)

  await page.goto(`${kiosk.url}#/staff`)
  await enterPinByKeyboard(page, receptionPin)
  await page.getByRole('link', { name: 'Roll call', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Roll call: who is in the building' })).toBeVisible()
  const row = page.getByTestId('roll-call-person').filter({ hasText: guest.name })
  await expect(row).toContainText('Visitor · Guest · Mia Hoffmann')
  await expect(page.getByTestId('roll-call-count')).toHaveText('0 of 1 accounted for')

  await row.getByRole('button', { name: `Mark ${guest.name} safe` }).click()
  await expect(row.getByTestId('roll-call-tick')).toHaveAttribute('aria-pressed', 'true')
  await expect(page.getByTestId('roll-call-count')).toHaveText('1 of 1 accounted for')

  await page.reload()
  await expect(page.getByTestId('roll-call-count')).toHaveText('1 of 1 accounted for')
  await expect(page.getByTestId('roll-call-person').filter({ hasText: guest.name }).getByTestId('roll-call-tick')).toHaveAttribute('aria-pressed', 'true')

  // Last: the kiosk has one staff session, and the manager's call ends the page's.
  const log = await managerCall<{ entries: { kind: string; person: string | null; detail: string }[] }>(kiosk, 'accessLog.day', { day: format(new Date(), 'yyyy-MM-dd') })
  expect(log.entries.filter((entry) => entry.kind === 'marked-safe')).toEqual([expect.objectContaining({ person: guest.name, detail: 'marked safe on the roll call by reception' })])
})

test('the roll call prints in one tap, without the console around it', async ({ page, kiosk }) => {
  await kiosk.call('visits.checkIn', { visitTypeId: 'guest', visitor: guest, agreementVersion: 1 })
  await page.goto(`${kiosk.url}#/staff`)
  await enterPinByKeyboard(page, receptionPin)
  await page.getByRole('link', { name: 'Roll call', exact: true }).click()
  await expect(page.getByTestId('roll-call-person')).toHaveCount(1)
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', 'yes')
  })
  await page.getByTestId('roll-call-print').click()
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes')
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('navigation')).toBeHidden()
  await expect(page.getByTestId('roll-call-print')).toBeHidden()
  await expect(page.getByTestId('roll-call-person')).toContainText(guest.name)
  await expect(page.getByText(/^Printed \d\d:\d\d$/)).toBeVisible()
})
