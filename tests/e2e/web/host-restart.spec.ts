import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { startWebHostProcess, type WebHostProcess } from '../../fixtures/web-host-process'

test('an open kiosk tab survives a host restart on its own, and a --new-token restart shuts it out plainly', async ({ page }) => {
  test.setTimeout(60_000)
  const dataDirectory = mkdtempSync(join(tmpdir(), 'frontdesk-e2e-'))
  const running: WebHostProcess[] = []
  const start = async (...args: string[]): Promise<WebHostProcess> => {
    const host = await startWebHostProcess(dataDirectory, process.env, args)
    running.push(host)
    return host
  }
  try {
    const first = await start()
    const port = new URL(first.url).port
    await page.goto(first.url)
    await expect(page.getByTestId('organisation-name')).toBeVisible()

    await first.stop()
    await expect(page.getByText('Reconnecting to the kiosk…')).toBeVisible()
    const second = await start('--port', port)
    expect(second.url).toBe(first.url)
    await expect(page.getByText('Reconnecting to the kiosk…')).toBeHidden({ timeout: 15_000 })
    // The same tab, never reloaded, works again: a visitor checks in without seeing a token error.
    await page.getByRole('link', { name: /Check in/ }).tap()
    await expect(page.getByRole('heading', { name: 'What brings you here?' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Guest', exact: true })).toBeVisible()
    await expect(page.getByText(/not connected|token/i)).toHaveCount(0)

    await second.stop()
    const renewed = await start('--port', port, '--new-token')
    expect(renewed.url).not.toBe(first.url)
    await expect(page.getByRole('heading', { name: 'This screen is no longer connected to the kiosk' })).toBeVisible({ timeout: 15_000 })
    await expect(page.getByText('Open the address it printed')).toBeVisible()
    const fresh = await page.context().newPage()
    await fresh.goto(renewed.url)
    await expect(fresh.getByTestId('organisation-name')).toBeVisible()
  } finally {
    for (const host of running) await host.stop()
    rmSync(dataDirectory, { recursive: true, force: true })
  }
})
