import { join } from 'node:path'
import { z } from 'zod'
import { migrations } from '../../../electron/services/database/migrations'
import { SqliteDatabase } from '../../../electron/services/database/sqlite-database'
import { databaseFileName } from '../../../electron/services/database/storage-start'
import { enterPinByKeyboard, receptionPin, type BrowserHost } from '../fixtures/web-host'
import { chooseDemoHq } from '../fixtures/kiosk'
import { expect, test } from '../fixtures/kiosk'

const guest = { name: 'Grace Guest', host: 'Mia Hoffmann' }

/** The kiosk's own events of a kind, read from its database beside the running host (WAL lets a reader in). */
function kioskEventsOf(kiosk: BrowserHost, kind: string): { person: string | null; detail: string }[] {
  const database = SqliteDatabase.open(join(kiosk.dataDirectory, databaseFileName), migrations)
  try {
    return database.all('SELECT person, detail FROM kiosk_events WHERE kind = ? ORDER BY id', z.object({ person: z.string().nullable(), detail: z.string() }), [kind])
  } finally {
    database.close()
  }
}

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

  const ticks = kioskEventsOf(kiosk, 'marked-safe')
  expect(ticks).toHaveLength(1)
  expect(ticks[0]!.person).toBe(guest.name)
  expect(JSON.parse(ticks[0]!.detail)).toMatchObject({ personName: guest.name, safe: true, by: 'reception' })
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
