import { expect, managerCall, test } from '../fixtures/kiosk'
import { decodePassQr, walkIn } from './visitor-steps'

interface TodaysVisit {
  status: string
  autoCheckOutAt: string | null
  access: { state: string; validUntil: string | null }
}

const twoDigits = (value: number): string => String(value).padStart(2, '0')

test('a Guest is checked out by itself at the type’s time, and the link stops opening doors then', async ({ page, kiosk }) => {
  // The host runs on the real clock: its check-out time is the next whole minute far enough ahead to check in before it.
  test.setTimeout(120_000)
  const checkOutAt = new Date(Math.ceil((Date.now() + 25_000) / 60_000) * 60_000)
  const policies = await managerCall<{ visitTypes: { id: string }[] }>(kiosk, 'policies.get')
  await managerCall(kiosk, 'policies.save', {
    ...policies,
    visitTypes: policies.visitTypes.map((type) =>
      type.id === 'guest'
        ? { ...type, accessWindow: { mode: 'hours', hours: 8 }, maxAccessHours: 12, autoCheckOutTime: `${twoDigits(checkOutAt.getHours())}:${twoDigits(checkOutAt.getMinutes())}` }
        : type,
    ),
  })

  await walkIn(page, kiosk.url, 'Guest', { 'Full name': 'Ada Lovelace', 'Who are you visiting?': 'Grace Hopper' })
  const shownEnd = await page.evaluate((iso) => new Intl.DateTimeFormat('en', { hour: '2-digit', minute: '2-digit' }).format(new Date(iso)), checkOutAt.toISOString())
  await expect(page.getByText(`Valid until ${shownEnd}`)).toBeVisible()
  const link = await decodePassQr(page)
  const linkPage = await page.context().newPage()
  await linkPage.goto(link)
  await expect(linkPage.getByRole('button', { name: 'Unlock Main Entrance' })).toBeVisible()
  const [visit] = await managerCall<TodaysVisit[]>(kiosk, 'visits.today')
  expect(visit).toMatchObject({ status: 'on-site', autoCheckOutAt: checkOutAt.toISOString(), access: { state: 'issued', validUntil: checkOutAt.toISOString() } })

  await expect
    .poll(async () => (await managerCall<TodaysVisit[]>(kiosk, 'visits.today'))[0]?.status, { timeout: checkOutAt.getTime() - Date.now() + 15_000, intervals: [2_000] })
    .toBe('left')
  expect(Date.now()).toBeGreaterThanOrEqual(checkOutAt.getTime())
  const [left] = await managerCall<TodaysVisit[]>(kiosk, 'visits.today')
  expect(left?.access.state).toBe('revoked')
  await linkPage.getByRole('button', { name: 'Unlock Main Entrance' }).click()
  await expect(linkPage.getByText('This access link is not valid')).toBeVisible()
  await linkPage.goto(link)
  await expect(linkPage.getByRole('button', { name: 'Unlock Main Entrance' })).toHaveCount(0)
})
