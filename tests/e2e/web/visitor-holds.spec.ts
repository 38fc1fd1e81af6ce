import type { Page } from '@playwright/test'
import { expect, managerCall, test } from '../fixtures/kiosk'
import { acceptAgreement, chooseVisitType, fillDetails, isoWeekdayToday, walkIn } from './visitor-steps'

interface Policies {
  visitTypes: { id: string; checkInDays: number[] }[]
  denyList: { names: string[]; emails: string[] }
}
interface TodaysVisit {
  visitor: { name: string }
  status: string
  holdReason: string | null
}

const contractor = {
  'Full name': 'Carl Contractor',
  'E-mail': 'carl@example.com',
  Phone: '+49 30 1234567',
  Company: 'Fix & Co',
  'Who are you visiting?': 'Grace Hopper',
  'Purpose of the visit': 'Repair the lift',
}

/** The visitor sees only this, whatever holds the check-in; reception sees the reason. */
async function expectNeutralHold(page: Page, name: string): Promise<void> {
  await expect(page.getByRole('heading', { name: `Thank you, ${name}.` })).toBeVisible()
  await expect(page.getByText('Please see reception.', { exact: true })).toBeVisible()
  await expect(page.getByTestId('pass-qr')).toHaveCount(0)
  await expect(page.locator('body')).not.toContainText(/approv|deny|denied|list|blocked/i)
}

test('approval hold: a Contractor is asked to see reception, without a reason', async ({ page, kiosk }) => {
  await walkIn(page, kiosk.url, 'Contractor', contractor)
  await expectNeutralHold(page, 'Carl Contractor')

  const today = await managerCall<TodaysVisit[]>(kiosk, 'visits.today')
  expect(today.find((visit) => visit.visitor.name === 'Carl Contractor')).toMatchObject({ status: 'awaiting-approval', holdReason: 'approval' })
})

test('deny-list hold: a listed visitor sees the same neutral screen', async ({ page, kiosk }) => {
  const policies = await managerCall<Policies>(kiosk, 'policies.get')
  await managerCall(kiosk, 'policies.save', { ...policies, denyList: { names: ['Mallory Mayhem'], emails: [] } })

  await walkIn(page, kiosk.url, 'Guest', { 'Full name': 'Mallory Mayhem', 'Who are you visiting?': 'Grace Hopper' })
  await expectNeutralHold(page, 'Mallory Mayhem')

  const today = await managerCall<TodaysVisit[]>(kiosk, 'visits.today')
  expect(today.find((visit) => visit.visitor.name === 'Mallory Mayhem')).toMatchObject({ status: 'awaiting-approval', holdReason: 'deny-list' })
})

test('out of hours: a type that closes while the visitor fills the form is refused, then shown as closed', async ({ page, kiosk }) => {
  await chooseVisitType(page, kiosk.url, 'Guest')
  const policies = await managerCall<Policies>(kiosk, 'policies.get')
  const otherDays = [1, 2, 3, 4, 5, 6, 7].filter((day) => day !== isoWeekdayToday())
  await managerCall(kiosk, 'policies.save', {
    ...policies,
    visitTypes: policies.visitTypes.map((type) => (type.id === 'guest' ? { ...type, checkInDays: otherDays } : type)),
  })

  await fillDetails(page, { 'Full name': 'Ada Lovelace', 'Who are you visiting?': 'Grace Hopper' })
  await acceptAgreement(page)
  await expect(page.getByRole('heading', { name: 'Check-in is closed right now' })).toBeVisible()
  await expect(page.getByRole('alert')).toContainText('Guest check-in is open')
  await expect(page.getByRole('alert')).toContainText('Please see reception')

  await page.getByRole('button', { name: 'Back to start' }).tap()
  await page.getByRole('link', { name: /Check in/ }).tap()
  const guest = page.getByRole('button', { name: /^Guest/ })
  await expect(guest).toBeDisabled()
  await expect(guest).toContainText('Not available now. Guest check-in is open')
  await expect(guest).toContainText('Please see reception')
})
