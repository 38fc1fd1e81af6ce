import { join } from 'node:path'
import Database from 'libsql'
import { enterPinByKeyboard, managerPin } from '../fixtures/web-host'
import { expect, managerCall, test } from '../fixtures/kiosk'

interface TodaysVisit {
  id: string
  status: string
  visitor: { name: string }
  access: { state: string }
}

const dayMs = 24 * 3_600_000

/** The kiosk's database, opened beside the running host (WAL lets both use it). */
function openDatabase(dataDirectory: string): Database.Database {
  return new Database(join(dataDirectory, 'frontdesk.db'))
}

/** A reception walk-in checked out again, its Kisi link removed; answers the visit's id. */
async function visitThatEnded(kiosk: Parameters<typeof managerCall>[0], name: string): Promise<string> {
  const visit = await managerCall<TodaysVisit>(kiosk, 'visits.walkIn', { visitTypeId: 'guest', visitor: { name, host: 'Charles Babbage' }, agreementVersion: 1 })
  await managerCall(kiosk, 'visits.checkOut', { visitId: visit.id })
  await expect
    .poll(async () => (await managerCall<TodaysVisit[]>(kiosk, 'visits.today')).find((candidate) => candidate.id === visit.id)?.access.state, { timeout: 15_000 })
    .toBe('revoked')
  return visit.id
}

test('retention erases a visitor older than the setting and keeps the row', async ({ page, kiosk }) => {
  const oldId = await visitThatEnded(kiosk, 'Ada Lovelace')
  const newId = await visitThatEnded(kiosk, 'Grace Hopper')
  // The host runs on the real clock: Ada's visit is moved ten days back, as if it had ended then.
  const database = openDatabase(kiosk.dataDirectory)
  const tenDaysAgo = (iso: string | null): string | null => (iso === null ? null : new Date(Date.parse(iso) - 10 * dayMs).toISOString())
  const row = database.prepare('SELECT created_at, checked_in_at, checked_out_at FROM visits WHERE id = ?').get(oldId) as Record<string, string | null>
  database
    .prepare('UPDATE visits SET created_at = ?, checked_in_at = ?, checked_out_at = ?, updated_at = ? WHERE id = ?')
    .run(tenDaysAgo(row['created_at']!), tenDaysAgo(row['checked_in_at']!), tenDaysAgo(row['checked_out_at']!), tenDaysAgo(row['checked_out_at']!), oldId)
  const eventsOf = (visitId: string): { person: string }[] => database.prepare('SELECT person FROM kiosk_events WHERE visit_id = ? ORDER BY id').all(visitId) as { person: string }[]
  const adaEvents = eventsOf(oldId).length
  expect(adaEvents).toBeGreaterThan(0)

  await page.goto(`${kiosk.url}#/staff`)
  await enterPinByKeyboard(page, managerPin)
  await page.getByRole('link', { name: 'Settings' }).click()
  await page.getByLabel(/Keep visitors’ personal data for/).fill('7')
  await page.getByRole('button', { name: 'Save settings' }).click()
  await expect(page.getByRole('status')).toHaveText('Settings saved.')

  await page.getByRole('link', { name: 'Audit trail' }).click()
  const erasure = page.getByTestId('audit-entry').filter({ hasText: 'erase the personal data of visitors whose visit ended more than 7 days ago' })
  await expect(erasure).toContainText('1 visit erased')

  const visits = database.prepare('SELECT id, visitor_name, visitor_details FROM visits ORDER BY id').all() as { id: string; visitor_name: string; visitor_details: string }[]
  expect(visits.find((visit) => visit.id === oldId)).toMatchObject({ visitor_name: 'Erased visitor', visitor_details: JSON.stringify({ name: 'Erased visitor' }) })
  expect(visits.find((visit) => visit.id === newId)?.visitor_name).toBe('Grace Hopper')
  expect(eventsOf(oldId)).toEqual(Array.from({ length: adaEvents }, () => ({ person: 'Erased visitor' })))
  expect(eventsOf(newId).every((event) => event.person === 'Grace Hopper')).toBe(true)
  const naming = database.prepare("SELECT COUNT(*) AS count FROM staff_audit WHERE action LIKE '%Ada Lovelace%' OR detail LIKE '%Ada Lovelace%'").get() as { count: number }
  expect(naming.count).toBe(0)
  database.close()
})

test('a manager erases a checked-out visitor now from the visits list, after confirming', async ({ page, kiosk }) => {
  await visitThatEnded(kiosk, 'Grace Hopper')
  await page.goto(`${kiosk.url}#/staff`)
  await enterPinByKeyboard(page, managerPin)
  await page.getByRole('link', { name: 'Visits', exact: true }).click()
  await page.getByRole('button', { name: 'Erase the data of Grace Hopper' }).click()
  await expect(page.getByText('Erase everything that names Grace Hopper?')).toBeVisible()
  await page.getByRole('button', { name: 'Yes, erase' }).click()
  await expect(page.getByTestId('visit-row').filter({ hasText: 'Erased visitor' })).toBeVisible()
  await expect(page.getByText('Grace Hopper')).toHaveCount(0)
})
