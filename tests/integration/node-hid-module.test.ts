import { createRequire } from 'node:module'
import type * as NodeHid from 'node-hid'
import { describe, expect, it } from 'vitest'
import { createNodeHidAccess } from '../../electron/services/scanners/node-hid-access'

/**
 * The real native module, as `npm ci` installed it with its install script denied: its N-API
 * prebuild must load by itself. No device is plugged in here, so the listings are only arrays.
 */
describe('node-hid as installed', () => {
  it('loads its prebuilt binding and lists devices, synchronously and asynchronously', async () => {
    const nodeHid = createRequire(import.meta.url)('node-hid') as typeof NodeHid
    expect(nodeHid.getHidapiVersion()).toMatch(/^0\.\d+\.\d+$/)
    expect(Array.isArray(nodeHid.devices())).toBe(true)
    expect(Array.isArray(await nodeHid.devicesAsync())).toBe(true)
  })

  it('is what the kiosk reads readers through: the adapter lists devices and refuses a path that is no device', async () => {
    const hid = createNodeHidAccess()
    expect(Array.isArray(await hid.devicesAsync())).toBe(true)
    await expect(hid.HIDAsync.open('/dev/no-such-hidraw')).rejects.toThrow(/cannot open device/)
  })
})
