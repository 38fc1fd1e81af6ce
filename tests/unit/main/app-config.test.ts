import { describe, expect, it } from 'vitest'
import { readAppConfig } from '../../../electron/main/app-config'

describe('readAppConfig', () => {
  it('ignores a dev server URL in a packaged build', () => {
    expect(readAppConfig({ VITE_DEV_SERVER_URL: 'http://localhost:5173' }, true).devServerUrl).toBeNull()
    expect(readAppConfig({ VITE_DEV_SERVER_URL: 'http://localhost:5173' }, false).devServerUrl).toBe('http://localhost:5173')
  })

  it('makes the data directory override absolute', () => {
    expect(readAppConfig({ FRONTDESK_DATA_DIR: '/var/kiosk' }, true).dataDirectory).toBe('/var/kiosk')
    expect(readAppConfig({ FRONTDESK_DATA_DIR: 'data' }, true).dataDirectory).toMatch(/^\/.*\/data$/)
    expect(readAppConfig({}, true).dataDirectory).toBeNull()
  })

  it('takes a manager’s word to start with an empty database from the command line or the environment', () => {
    expect(readAppConfig({}, true, ['/opt/frontdesk/frontdesk', '--accept-empty-database']).acceptEmptyDatabase).toBe(true)
    expect(readAppConfig({ FRONTDESK_ACCEPT_EMPTY_DATABASE: '1' }, true).acceptEmptyDatabase).toBe(true)
    expect(readAppConfig({}, true, ['/opt/frontdesk/frontdesk', '--no-sandbox']).acceptEmptyDatabase).toBe(false)
  })
})
