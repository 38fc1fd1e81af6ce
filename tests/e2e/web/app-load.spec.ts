import { expect, test } from '../fixtures/web-host'

test('loading the app logs no console error and asks for nothing the host lacks (the icon included)', async ({ page, browserHost }) => {
  const problems: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`)
  })
  page.on('pageerror', (error) => problems.push(`page: ${error.message}`))
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${new URL(response.url()).pathname}`)
  })

  await page.goto(browserHost.url)
  await expect(page.getByTestId('organisation-name')).not.toBeEmpty()
  // Without an icon of its own the page makes the browser ask for /favicon.ico, which the host has not got.
  const icon = page.locator('link[rel="icon"]')
  await expect(icon).toHaveCount(1)
  const answer = await page.request.get(await icon.evaluate((link: HTMLLinkElement) => link.href))
  expect(answer.status()).toBe(200)
  expect(answer.headers()['content-type']).toBe('image/svg+xml')
  await page.waitForLoadState('networkidle')
  expect(problems).toEqual([])
})
