import jsQR from 'jsqr'
import { PNG } from 'pngjs'
import type { Locator, Page } from '@playwright/test'
import { enterPinByKeyboard, receptionPin, type BrowserHost } from '../fixtures/web-host'
import { expect, test } from '../fixtures/kiosk'

const guest = { name: 'Grace Guest', host: 'Mia Hoffmann' }
const contractor = {
  name: 'Carl Contractor',
  email: 'carl@build.example',
  phone: '+49 30 1234567',
  company: 'Build & Co',
  host: 'Facilities',
  purpose: 'Repair the lift',
}

interface Pass {
  outcome: string
  pass?: { linkUrl: string }
}

async function openVisits(page: Page, kiosk: BrowserHost): Promise<void> {
  await page.goto(`${kiosk.url}#/staff`)
  await enterPinByKeyboard(page, receptionPin)
  await page.getByRole('link', { name: 'Visits', exact: true }).click()
  await expect(page.getByRole('heading', { name: "Today's visits" })).toBeVisible()
}

/** The visitor checks in at the kiosk's public API, as the visitor screens do. */
async function checkIn(kiosk: BrowserHost, visitTypeId: string, visitor: Record<string, string>, agreementVersion: number | null = 1): Promise<Pass> {
  const answer = await kiosk.call('visits.checkIn', { visitTypeId, visitor, agreementVersion })
  expect(answer.ok, JSON.stringify(answer.error)).toBe(true)
  return answer.value as Pass
}

function rowIn(page: Page, group: string, name: string): Locator {
  return page.getByTestId(`visits-group-${group}`).getByTestId('visit-row').filter({ hasText: name })
}

function decodeQr(dataUrl: string): string | null {
  const png = PNG.sync.read(Buffer.from(dataUrl.replace(/^data:image\/png;base64,/, ''), 'base64'))
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null
}

test('a contractor held for approval is approved and goes on site with access', async ({ page, kiosk }) => {
  expect((await checkIn(kiosk, 'contractor', contractor)).outcome).toBe('see-reception')
  await openVisits(page, kiosk)

  const held = rowIn(page, 'awaiting', contractor.name)
  await expect(held.getByTestId('hold-reason')).toHaveText('Needs approval')
  await held.getByRole('button', { name: 'Approve' }).click()

  const onSite = rowIn(page, 'onSite', contractor.name)
  await expect(onSite.getByTestId('access-state')).toHaveText(/^Access until /)
  await expect(page.getByTestId('visits-group-awaiting').getByTestId('visit-row')).toHaveCount(0)
})

test('reception pre-registers an invite and sees its code, also as a QR code', async ({ page, kiosk }) => {
  await openVisits(page, kiosk)
  await page.getByRole('button', { name: 'Pre-register' }).click()
  await page.getByLabel('Visit type').selectOption({ label: 'Guest' })
  await page.getByLabel('Full name').fill('Ines Invited')
  await page.getByLabel('Who are you visiting?').fill('Lena Schulz')
  await expect(page.getByLabel('Expected at')).toHaveValue(new RegExp(`^${localDate(new Date())}T`))
  await page.getByRole('button', { name: 'Pre-register visitor' }).click()

  const code = page.getByTestId('invite-code')
  await expect(code).toHaveText(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/)
  const today = (await kiosk.call('visits.today')).value as { visitor: { name: string }; inviteCode: string | null; status: string }[]
  const invite = today.find((visit) => visit.visitor.name === 'Ines Invited')
  expect(invite?.status).toBe('expected')
  await expect(code).toHaveText(`${invite?.inviteCode?.slice(0, 4)}-${invite?.inviteCode?.slice(4)}`)
  expect(decodeQr((await page.getByTestId('invite-qr').getAttribute('src')) ?? '')).toBe(invite?.inviteCode)
  await expect(rowIn(page, 'expected', 'Ines Invited')).toBeVisible()
})

test('reception checks a visitor out after confirming', async ({ page, kiosk }) => {
  expect((await checkIn(kiosk, 'guest', guest)).outcome).toBe('pass')
  await openVisits(page, kiosk)

  const row = rowIn(page, 'onSite', guest.name)
  await row.getByRole('button', { name: 'Check out' }).click()
  await expect(row.getByText(`Check ${guest.name} out now?`)).toBeVisible()
  await row.getByRole('button', { name: 'Yes, check out' }).click()

  await expect(rowIn(page, 'left', guest.name).getByTestId('access-state')).toHaveText('Access ended')
})

test('reception extends a visit to a new end', async ({ page, kiosk }) => {
  await checkIn(kiosk, 'guest', guest)
  await openVisits(page, kiosk)

  // Three hours from now, within the Guest type's 12-hour maximum (an extension may not exceed it).
  const end = new Date(Date.now() + 3 * 3_600_000)
  end.setSeconds(0, 0)
  const hhmm = `${String(end.getHours()).padStart(2, '0')}:${String(end.getMinutes()).padStart(2, '0')}`
  const local = `${localDate(end)}T${hhmm}`
  await rowIn(page, 'onSite', guest.name).getByRole('button', { name: 'Extend' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByLabel('New end').fill(local)
  await dialog.getByRole('button', { name: 'Extend access' }).click()
  await expect(dialog).toHaveCount(0)

  await expect(rowIn(page, 'onSite', guest.name).getByTestId('access-state')).toContainText(hhmm)
  const today = (await kiosk.call('visits.today')).value as { visitor: { name: string }; access: { state: string; validUntil: string } }[]
  expect(today.find((visit) => visit.visitor.name === guest.name)?.access).toMatchObject({ state: 'issued', validUntil: end.toISOString() })
})

test('an extension past the visit type’s maximum is refused by its field, and the dialog stays', async ({ page, kiosk }) => {
  await checkIn(kiosk, 'guest', guest)
  await openVisits(page, kiosk)
  const tooLate = new Date(Date.now() + 2 * 86_400_000)
  await rowIn(page, 'onSite', guest.name).getByRole('button', { name: 'Extend' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByLabel('New end').fill(`${localDate(tooLate)}T10:30`)
  await dialog.getByRole('button', { name: 'Extend access' }).click()
  await expect(dialog.getByRole('alert')).toHaveText(/^Guest access may last at most 12 hours from now, until (?:[A-Z][a-z]{2} \d{1,2} [A-Z][a-z]{2} )?\d\d:\d\d\.$/)
  await expect(dialog.getByText('Choose an earlier time')).toBeVisible()
})

test('"Show pass" shows the access link the visitor got', async ({ page, kiosk }) => {
  const checkedIn = await checkIn(kiosk, 'guest', guest)
  expect(checkedIn.pass?.linkUrl).toBeTruthy()
  await openVisits(page, kiosk)

  await rowIn(page, 'onSite', guest.name).getByRole('button', { name: 'Show pass' }).click()
  const qr = page.getByRole('dialog').getByTestId('pass-qr')
  await expect(qr).toBeVisible()
  expect(decodeQr((await qr.getAttribute('src')) ?? '')).toBe(checkedIn.pass?.linkUrl)
})

test('Kisi down during a walk-in: access pending, then issued by "Retry access"', async ({ page, kiosk, sandbox }) => {
  await openVisits(page, kiosk)
  await sandbox.setFaults({ errorRate: 1 })
  await page.getByRole('button', { name: 'Walk-in' }).click()
  await page.getByLabel('Visit type').selectOption({ label: 'Guest' })
  await page.getByLabel('Full name').fill('Walter Walkin')
  await page.getByLabel('Who are you visiting?').fill('Alex Berger')
  await page.getByRole('button', { name: 'Check in now' }).click()
  await expect(page.getByText('Confirm that the visitor accepts the agreement')).toBeVisible()
  await page.getByLabel('The visitor has read and accepts this agreement').check()
  await page.getByRole('button', { name: 'Check in now' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Walter Walkin is checked in.' })).toBeVisible({ timeout: 15_000 })

  const pending = rowIn(page, 'accessPending', 'Walter Walkin')
  await expect(pending.getByTestId('access-state')).toHaveText('Access pending')
  await expect(pending.getByTestId('agreement-acceptance')).toHaveText('Agreement v1 confirmed by reception')
  await sandbox.setFaults({ errorRate: 0 })
  await pending.getByRole('button', { name: 'Retry access' }).click()

  // Once Kisi made the link, the walk-in form shows the pass to hand over.
  const qr = page.getByRole('dialog', { name: 'Access pass of Walter Walkin' }).getByTestId('pass-qr')
  await expect(qr).toHaveAttribute('src', /^data:image\/png;base64,/)
  expect(decodeQr((await qr.getAttribute('src')) ?? '')).toMatch(/\/grouplinks\/[A-Za-z0-9_-]{8,}$/)
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click()
  await expect(rowIn(page, 'onSite', 'Walter Walkin').getByTestId('access-state')).toHaveText(/^Access until /)
})

/** yyyy-MM-dd in this machine's time zone, as a datetime-local input shows it. */
function localDate(day: Date): string {
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`
}

test('check-outs by name in a burst at the kiosk are shown to reception until dismissed', async ({ page, kiosk }) => {
  const names = ['Ada Burst', 'Bob Burst', 'Cyrus Burst']
  for (const name of names) await checkIn(kiosk, 'guest', { name, host: 'Mia Hoffmann' })
  for (const name of names) {
    const found = await kiosk.call('visits.findOnSite', { query: name.split(' ')[0] })
    const [match] = found.value as { visitId: string }[]
    expect((await kiosk.call('visits.checkOutSelf', { visitId: match!.visitId })).ok).toBe(true)
  }
  const refused = await kiosk.call('visits.checkOutSelf', { visitId: 'another' })
  expect(refused.error).toMatchObject({ code: 'throttled', retryAt: expect.any(String) })

  await openVisits(page, kiosk)
  const notice = page.getByTestId('check-out-bursts')
  await expect(notice).toContainText('3 visitors checked out at the kiosk by name close together')
  await expect(notice).toContainText('Ada Burst, Bob Burst, Cyrus Burst')
  await notice.getByRole('button', { name: 'Dismiss' }).click()
  await expect(notice).toHaveCount(0)
})
