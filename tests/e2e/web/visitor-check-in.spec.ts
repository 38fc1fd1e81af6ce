import { expect, managerCall, test } from '../fixtures/kiosk'
import { chooseVisitType, decodePassQr, fillDetails, walkIn } from './visitor-steps'

const accessLinkPrefix = (baseUrl: string): RegExp => new RegExp(`^${baseUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/grouplinks/[A-Za-z0-9_-]{8,}$`)

test('a walk-in Guest checks in by touch, the QR opens the door, and check-out by name revokes it', async ({ page, kiosk, sandbox }) => {
  await walkIn(page, kiosk.url, 'Guest', { 'Full name': 'Ada Lovelace', 'Who are you visiting?': 'Grace Hopper' })

  await expect(page.getByRole('heading', { name: 'You are checked in' })).toBeVisible()
  await expect(page.getByTestId('pass-name')).toHaveText('Ada Lovelace')
  await expect(page.getByText('Opens: Main Entrance')).toBeVisible()
  await expect(page.getByText(/^Valid until /)).toBeVisible()
  const link = await decodePassQr(page)
  expect(link).toMatch(accessLinkPrefix(sandbox.baseUrl))

  const linkPage = await page.context().newPage()
  await linkPage.goto(link)
  await linkPage.getByRole('button', { name: 'Unlock Main Entrance' }).click()
  await expect(linkPage.getByText('Unlocked!')).toBeVisible()

  await page.getByRole('button', { name: 'Done' }).tap()
  await page.getByRole('link', { name: /Check out/ }).tap()
  // Each screen starts at its heading; what is typed (or scanned) still lands in the search.
  await expect(page.getByRole('heading', { name: 'Check out', level: 1 })).toBeFocused()
  await page.keyboard.type('Ada')
  await expect(page.getByTestId('scan-input')).toHaveValue('Ada')
  await expect(page.getByRole('button', { name: /Ada L\./ })).toBeVisible()
  await expect(page.getByText('Ada Lovelace')).toHaveCount(0)
  await page.getByRole('button', { name: /Ada L\./ }).tap()
  await page.getByRole('button', { name: 'Yes, check me out' }).tap()
  await expect(page.getByRole('heading', { name: 'Goodbye, Ada!' })).toBeVisible()

  await linkPage.getByRole('button', { name: 'Unlock Main Entrance' }).click()
  await expect(linkPage.getByText('This access link is not valid')).toBeVisible()
  await linkPage.goto(link)
  await expect(linkPage.getByRole('button', { name: 'Unlock Main Entrance' })).toHaveCount(0)
})

test('a Guest checks in by keyboard alone and checks out by scanning the pass', async ({ page, kiosk, sandbox }) => {
  await page.goto(kiosk.url)
  await page.getByRole('link', { name: /Check in/ }).focus()
  await page.keyboard.press('Enter')
  await page.getByRole('button', { name: 'Guest', exact: true }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'Your details: Guest' })).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(page.getByLabel('Full name')).toBeFocused()
  await page.keyboard.type('Alan Turing')
  await page.keyboard.press('Tab')
  await page.keyboard.type('alan@example.com')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  await page.keyboard.type('Grace Hopper')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'Please read and accept' })).toBeFocused()
  const accept = page.getByRole('checkbox', { name: 'I have read and accept this agreement' })
  const box = await accept.boundingBox()
  expect(box?.width).toBeGreaterThanOrEqual(44)
  expect(box?.height).toBeGreaterThanOrEqual(44)
  await accept.focus()
  await page.keyboard.press('Space')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')

  const link = await decodePassQr(page)
  expect(link).toMatch(accessLinkPrefix(sandbox.baseUrl))
  await page.getByRole('button', { name: 'Done' }).focus()
  await page.keyboard.press('Enter')

  // The scanner is a keyboard: it types the pass's address into the focused input and presses Enter.
  await page.getByRole('link', { name: /Check out/ }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'Check out', level: 1 })).toBeFocused()
  // Focus wandered to a button: the scan must still land in the input, not press the button.
  await page.getByRole('button', { name: 'Back' }).focus()
  await page.keyboard.type(link)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'Goodbye, Alan!' })).toBeVisible()

  const linkPage = await page.context().newPage()
  await linkPage.goto(link)
  await expect(linkPage.getByText('This access link is not valid')).toBeVisible()
})

test('a field error from the shared rules shows by its field, and nothing typed is lost', async ({ page, kiosk }) => {
  await chooseVisitType(page, kiosk.url, 'Guest')
  await fillDetails(page, { 'Full name': 'Ada Lovelace', 'E-mail': 'ada@' })
  await expect(page.getByTestId('error-email')).toHaveText('Enter an e-mail address such as name@example.com')
  // The visitor is taken to the first field to fix.
  await expect(page.getByLabel('E-mail')).toBeFocused()
  await expect(page.getByTestId('error-host')).toHaveText('Enter the name of the person you are visiting')
  await expect(page.getByLabel('Full name')).toHaveValue('Ada Lovelace')

  await fillDetails(page, { 'E-mail': 'ada@example.com', 'Who are you visiting?': 'Grace Hopper' })
  await expect(page.getByRole('heading', { name: 'Please read and accept' })).toBeVisible()
  await page.getByRole('button', { name: 'Back' }).tap()
  await expect(page.getByLabel('Who are you visiting?')).toHaveValue('Grace Hopper')
  await expect(page.getByLabel('E-mail')).toHaveValue('ada@example.com')
  await expect(page.getByTestId('error-email')).toHaveCount(0)
})

test('Kisi down: the visitor is told their access will be ready shortly, then the screen returns to welcome', async ({ page, kiosk, sandbox }) => {
  await managerCall(kiosk, 'settings.update', { passDisplaySeconds: 20 })
  await page.clock.install()
  await sandbox.setFaults({ errorRate: 1 })
  await walkIn(page, kiosk.url, 'Guest', { 'Full name': 'Ada Lovelace', 'Who are you visiting?': 'Grace Hopper' })

  await expect(page.getByRole('heading', { name: 'Thank you, Ada Lovelace.' })).toBeVisible()
  await expect(page.getByText('Your access will be ready shortly — please see reception.')).toBeVisible()
  // The fake clock still runs in real time, so a slow machine may show a few seconds less.
  await expect(page.getByTestId('return-countdown')).toHaveText(/^Back to the start screen in (1[5-9]|20) s$/)
  await page.clock.fastForward('00:10')
  await expect(page.getByTestId('return-countdown')).toHaveText(/^Back to the start screen in ([5-9]|10) s$/)
  await page.clock.fastForward('00:11')
  await expect(page.getByTestId('organisation-name')).toBeVisible()
})

test('a visit type without doors ends with a welcome and the host', async ({ page, kiosk }) => {
  await walkIn(page, kiosk.url, 'Interview', { 'Full name': 'Ada Lovelace', 'E-mail': 'ada@example.com', 'Who are you visiting?': 'Grace Hopper' })
  await expect(page.getByRole('heading', { name: 'Welcome, Ada Lovelace!' })).toBeVisible()
  await expect(page.getByText('Please take a seat. Reception sees that you have arrived and will let Grace Hopper know.')).toBeVisible()
})

test('an idle kiosk drops a half-filled form', async ({ page, kiosk }) => {
  await page.clock.install()
  await chooseVisitType(page, kiosk.url, 'Guest')
  await page.getByLabel('Full name').fill('Ada Lovelace')
  await page.clock.fastForward('01:01')
  await expect(page.getByTestId('organisation-name')).toBeVisible()

  await page.getByRole('link', { name: /Check in/ }).tap()
  await page.getByRole('button', { name: 'Guest', exact: true }).tap()
  await expect(page.getByLabel('Full name')).toHaveValue('')
})
