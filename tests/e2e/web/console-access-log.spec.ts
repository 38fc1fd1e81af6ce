import type { Locator, Page } from '@playwright/test'
import { enterPinByKeyboard, managerPin } from '../fixtures/web-host'
import { asManager, chooseDemoHq, expect, managerCall, test } from '../fixtures/kiosk'
import { unlockWithPassLink, walkIn } from './visitor-steps'

// A check-in, a pass-link unlock, a sync with Kisi's event sets and a Diagnose make a long walk.
test.describe.configure({ timeout: 120_000 })

test('a check-in, a link unlock, a refused unlock and a staff action are in today’s log after a sync, filtered and charted by hour', async ({ page, kiosk }) => {
  const rows = () => page.getByTestId('access-log-row')
  await chooseDemoHq(kiosk)

  // A visitor checks in and opens the Main Entrance with the pass link.
  await walkIn(page, kiosk.url, 'Guest', { 'Full name': 'Ada Lovelace', 'Who are you visiting?': 'Grace Hopper' })
  await expect(page.getByRole('heading', { name: 'You are checked in' })).toBeVisible()
  await unlockWithPassLink(page, 'Main Entrance')

  // Staff try the Server Room, whose Kisi Reader Restriction refuses any unlock from an app.
  const doors = await managerCall<{ id: number; name: string }[]>(kiosk, 'doors.list')
  const serverRoom = doors.find((door) => door.name === 'Server Room')
  if (!serverRoom) throw new Error('The sandbox has no Server Room')
  const refused = await asManager(kiosk, () => kiosk.call('doors.unlock', { lockId: serverRoom.id, reason: 'Technician visit' }))
  expect(refused.ok).toBe(false)

  await page.goto(`${kiosk.url}#/staff`)
  await enterPinByKeyboard(page, managerPin)
  await page.getByRole('link', { name: 'Access log' }).click()
  await expect(page.getByRole('heading', { name: 'Access log' })).toBeVisible()
  await page.getByTestId('access-log-sync-now').click()
  await expect(rows().filter({ hasText: 'Server Room' }).filter({ hasText: 'Refused' }).first()).toBeVisible({ timeout: 30_000 })

  await expect(rows().filter({ hasText: 'Check-in' }).filter({ hasText: 'Ada Lovelace' })).toHaveCount(1)
  await expect(rows().filter({ has: page.getByRole('cell', { name: 'Unlock', exact: true }) }).filter({ hasText: 'Main Entrance' }).filter({ hasText: 'Succeeded' })).toHaveCount(1)
  await expect(rows().filter({ hasText: 'Staff action' }).filter({ hasText: 'Server Room' })).not.toHaveCount(0)
  await expect(page.getByTestId('tile-visitors').locator('strong')).toHaveText('1')
  await expect(page.getByTestId('tile-on-site').locator('strong')).toHaveText('1')
  await expect(page.getByTestId('tile-unlocks').locator('strong')).toHaveText('1')
  await expect(page.getByTestId('tile-denied').locator('strong')).toHaveText('1')

  // The chart puts each in the hour its line shows, in the browser's (the kiosk's) time zone; read
  // from the lines, so a run that crosses the hour still checks the right bars.
  const hourOf = async (row: Locator): Promise<number> => Number((await row.locator('time').textContent())!.slice(0, 2))
  const unlockHour = await hourOf(rows().filter({ has: page.getByRole('cell', { name: 'Unlock', exact: true }) }).filter({ hasText: 'Main Entrance' }))
  const deniedHour = await hourOf(rows().filter({ hasText: 'Server Room' }).filter({ hasText: 'Refused' }).first())
  const unlockBar = page.getByTestId(`chart-hour-${unlockHour}`)
  const deniedBar = page.getByTestId(`chart-hour-${deniedHour}`)
  await expect(unlockBar).toHaveAttribute('data-unlocks', '1')
  await expect(deniedBar).toHaveAttribute('data-denials', '1')
  expect(Number(await unlockBar.getByTestId('chart-unlocks').getAttribute('height'))).toBeGreaterThan(0)
  expect(Number(await deniedBar.getByTestId('chart-denials').getAttribute('height'))).toBeGreaterThan(0)

  // Filters narrow the day and stay in the address.
  await page.getByLabel('Source').selectOption('kisi')
  await page.getByLabel('Outcome').selectOption('refused')
  await expect(rows()).toHaveCount(1)
  await expect(rows().first()).toContainText('Server Room')
  await expect(page).toHaveURL(/source=kisi/)
  await page.reload()
  await enterPinIfAsked(page)
  await expect(rows()).toHaveCount(1)
  await page.getByRole('button', { name: 'Clear filters' }).click()
  await page.getByLabel('Kind').selectOption('check-in')
  await expect(rows()).toHaveCount(1)
  await expect(rows().first()).toContainText('Ada Lovelace')
  await page.getByLabel('Kind').selectOption('')
  await page.getByLabel('Search').fill('lovelace')
  await expect(rows().filter({ hasText: 'Check-in' })).toHaveCount(1)
  await expect(rows().filter({ hasText: 'Staff action' })).toHaveCount(0)

  // The refused unlock leads to Diagnose for that person and door.
  await page.getByRole('button', { name: 'Clear filters' }).click()
  await page.getByLabel('Source').selectOption('kisi')
  await page.getByLabel('Outcome').selectOption('refused')
  await rows().first().getByTestId('access-log-diagnose').click()
  await expect(page).toHaveURL(/\/console\/accounts\/\d+\?diagnose=\d+/)
  await expect(page.getByTestId('diagnosis-verdict')).toContainText('cannot unlock Server Room')
})

/** A reload may land on the PIN pad when the session does not survive it; sign in again then. */
async function enterPinIfAsked(page: Page): Promise<void> {
  const pad = page.getByRole('button', { name: 'Delete last digit' })
  if (await pad.isVisible().catch(() => false)) await enterPinByKeyboard(page, managerPin)
}
