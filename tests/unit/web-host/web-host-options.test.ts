import { describe, expect, it } from 'vitest'
import { defaultWebHostDataDirectory, parseWebHostOptions } from '../../../electron/web-host/web-host-options'

describe('parseWebHostOptions', () => {
  it('defaults to any free port and the browser host data directory', () => {
    expect(parseWebHostOptions([], {}, '/app/dist/renderer')).toEqual({
      port: 0,
      dataDirectory: defaultWebHostDataDirectory,
      rendererRoot: '/app/dist/renderer',
      acceptEmptyDatabase: false,
      newToken: false,
    })
  })

  it('renews the kept token only when asked', () => {
    expect(parseWebHostOptions(['--new-token'], {}, '/r').newToken).toBe(true)
  })

  it('takes a manager’s word to start with an empty database from a switch or the environment', () => {
    expect(parseWebHostOptions(['--accept-empty-database'], {}, '/r').acceptEmptyDatabase).toBe(true)
    expect(parseWebHostOptions([], { FRONTDESK_ACCEPT_EMPTY_DATABASE: '1' }, '/r').acceptEmptyDatabase).toBe(true)
    expect(parseWebHostOptions([], { FRONTDESK_ACCEPT_EMPTY_DATABASE: 'no' }, '/r').acceptEmptyDatabase).toBe(false)
  })

  it('takes flags over the environment', () => {
    const options = parseWebHostOptions(['--port', '8080', '--data-dir', '/tmp/kiosk'], { FRONTDESK_PORT: '9000', FRONTDESK_DATA_DIR: '/srv/x' }, '/r')
    expect(options).toMatchObject({ port: 8080, dataDirectory: '/tmp/kiosk' })
    expect(parseWebHostOptions([], { FRONTDESK_PORT: '9000' }, '/r').port).toBe(9000)
  })

  it.each([['eighty'], ['-1'], ['70000'], ['8.5']])('refuses the port %s with a plain message', (port) => {
    expect(() => parseWebHostOptions([`--port=${port}`], {}, '/r')).toThrow(/--port must be a whole number from 0 to 65535/)
  })

  it('refuses unknown flags', () => {
    expect(() => parseWebHostOptions(['--prot', '1'], {}, '/r')).toThrow(/Unknown option/)
  })
})
