import { describe, expect, it } from 'vitest'
import { defaultHostDataDirectory, parseHostOptions } from '../../../electron/host/host-options'

describe('parseHostOptions', () => {
  it('defaults to any free port and the host data directory', () => {
    expect(parseHostOptions([], {}, '/app/dist/renderer')).toEqual({
      port: 0,
      dataDirectory: defaultHostDataDirectory,
      rendererRoot: '/app/dist/renderer',
    })
  })

  it('takes flags over the environment', () => {
    const options = parseHostOptions(['--port', '8080', '--data-dir', '/tmp/kiosk'], { FRONTDESK_PORT: '9000', FRONTDESK_DATA_DIR: '/srv/x' }, '/r')
    expect(options).toMatchObject({ port: 8080, dataDirectory: '/tmp/kiosk' })
    expect(parseHostOptions([], { FRONTDESK_PORT: '9000' }, '/r').port).toBe(9000)
  })

  it.each([['eighty'], ['-1'], ['70000'], ['8.5']])('refuses the port %s with a plain message', (port) => {
    expect(() => parseHostOptions([`--port=${port}`], {}, '/r')).toThrow(/--port must be a whole number from 0 to 65535/)
  })

  it('refuses unknown flags', () => {
    expect(() => parseHostOptions(['--prot', '1'], {}, '/r')).toThrow(/Unknown option/)
  })
})
