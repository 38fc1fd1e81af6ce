import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { enterPinByKeyboard, managerPin } from '../fixtures/web-host'
import { expect, test } from '../fixtures/kiosk'
import { walkIn } from './visitor-steps'

test('a manager sets the arrival webhook, and a visitor’s host is told they are here', async ({ page, kiosk }) => {
  const received: string[] = []
  const receiver = createServer((request, response) => {
    let body = ''
    request.on('data', (chunk: Buffer) => (body += chunk.toString()))
    request.on('end', () => {
      received.push((JSON.parse(body) as { text: string }).text)
      response.writeHead(200).end('ok')
    })
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  const port = (receiver.address() as AddressInfo).port
  try {
    await page.goto(`${kiosk.url}#/staff`)
    await enterPinByKeyboard(page, managerPin)
    await page.getByRole('link', { name: 'Settings' }).click()
    await page.getByLabel('Webhook address').fill(`http://127.0.0.1:${port}/hooks/token`)
    await page.getByRole('button', { name: 'Save address' }).click()
    await expect(page.getByTestId('notifications-target')).toHaveText(`Arrivals are posted to 127.0.0.1:${port}.`)
    await page.getByRole('button', { name: 'Send a test message' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'The test message was delivered.' })).toBeVisible()
    await page.getByRole('button', { name: 'Lock' }).click()

    await walkIn(page, kiosk.url, 'Interview', { 'Full name': 'Ada Lovelace', 'E-mail': 'ada@example.com', 'Who are you visiting?': 'Grace Hopper' })
    await expect(page.getByText('Please take a seat. We are letting Grace Hopper know that you are here.')).toBeVisible()
    await expect.poll(() => received.at(-1)).toBe('Ada Lovelace has arrived at Frontdesk to see Grace Hopper. Visit: Interview.')
    expect(received[0]).toBe('Test from the Frontdesk front desk: arrivals will be posted here.')
  } finally {
    await new Promise<void>((resolve) => receiver.close(() => resolve()))
  }
})
