import jsQR from 'jsqr'
import { PNG } from 'pngjs'
import { expect, type Locator, type Page } from '@playwright/test'

/** Steps of the visitor screens shared by the visitor specs; every step waits for its screen. */

export type Press = 'tap' | 'click'

/** Welcome → check in → the visit type, by touch or by mouse. */
export async function chooseVisitType(page: Page, url: string, typeName: string, press: Press = 'tap'): Promise<void> {
  await page.goto(url)
  await page.getByRole('link', { name: /Check in/ })[press]()
  await expect(page.getByRole('heading', { name: 'What brings you here?' })).toBeVisible()
  await page.getByRole('button', { name: typeName, exact: true })[press]()
  await expect(page.getByRole('heading', { name: `Your details: ${typeName}` })).toBeVisible()
}

/** Fills the form by its labels (`fieldLabels`), then goes on with the form's own button. */
export async function fillDetails(page: Page, values: Record<string, string>, press: Press = 'tap'): Promise<void> {
  for (const [label, value] of Object.entries(values)) await page.getByLabel(label).fill(value)
  await page.getByRole('button', { name: /^(Next|Check in)$/ })[press]()
}

export async function acceptAgreement(page: Page, press: Press = 'tap'): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Please read and accept' })).toBeVisible()
  await expect(page.getByTestId('agreement-text')).not.toBeEmpty()
  await page.getByText('I have read and accept this agreement')[press]()
  await page.getByRole('button', { name: 'Check in', exact: true })[press]()
}

/** A walk-in from the welcome screen to the result screen, by touch. */
export async function walkIn(page: Page, url: string, typeName: string, values: Record<string, string>): Promise<void> {
  await chooseVisitType(page, url, typeName)
  await fillDetails(page, values)
  await acceptAgreement(page)
}

/** Reads the pass's QR code the way a phone camera would: from the pixels of the image on screen (or in a dialog). */
export async function decodePassQr(scope: Page | Locator): Promise<string> {
  const image = scope.getByTestId('pass-qr')
  await expect(image).toHaveAttribute('src', /^data:image\/png;base64,/)
  const source = (await image.getAttribute('src')) ?? ''
  const png = PNG.sync.read(Buffer.from(source.slice(source.indexOf(',') + 1), 'base64'))
  const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)
  if (!code) throw new Error('The pass image holds no readable QR code')
  return code.data
}

/** The visitor opens the pass's access link on their phone (a second tab) and unlocks `door` with it. */
export async function unlockWithPassLink(page: Page, door: string): Promise<void> {
  const linkPage = await page.context().newPage()
  await linkPage.goto(await decodePassQr(page))
  await linkPage.getByRole('button', { name: `Unlock ${door}` }).click()
  await expect(linkPage.getByText('Unlocked!')).toBeVisible()
  await linkPage.close()
}

/** ISO weekday (1 = Monday … 7 = Sunday) on this machine, where the host runs too. */
export function isoWeekdayToday(): number {
  return ((new Date().getDay() + 6) % 7) + 1
}
