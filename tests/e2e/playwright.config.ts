import { defineConfig } from '@playwright/test'
import { middayZone } from '../fixtures/midday-zone'

/**
 * Every process of the run sees about noon (see middayZone): test workers and the host and sandbox
 * they start inherit `TZ`, the browser gets `timezoneId`. Workers load this file too, so the zone is
 * chosen once and handed down in the environment.
 */
const timezoneId = (process.env['FRONTDESK_E2E_TZ'] ??= middayZone(new Date()))
process.env['TZ'] = timezoneId

/**
 * Web tier: Debian's Chromium (never a downloaded browser) against the browser host, which runs the
 * real services. Electron tier: the real app through `_electron`, skipped where no binary exists.
 */
export default defineConfig({
  testDir: '.',
  outputDir: '../../test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  reporter: [['list']],
  forbidOnly: Boolean(process.env['CI']),
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'web',
      testDir: './web',
      use: {
        browserName: 'chromium',
        viewport: { width: 1280, height: 800 },
        hasTouch: true,
        timezoneId,
        launchOptions: {
          executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
        },
      },
    },
    { name: 'electron', testDir: './electron' },
    {
      name: 'screenshots',
      testDir: './screenshots',
      use: {
        browserName: 'chromium',
        viewport: { width: 1280, height: 800 },
        hasTouch: true,
        launchOptions: { executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] },
      },
    },
  ],
})
