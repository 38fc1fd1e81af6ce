import { describe, expect, it, vi } from 'vitest'
import { denyAllPermissions } from '../../../electron/main/permission-policy'

describe('denyAllPermissions', () => {
  it('refuses every permission request, check and device', () => {
    const handlers: Record<string, (...args: never[]) => unknown> = {}
    const session = {
      setPermissionRequestHandler: (handler: never) => void (handlers['request'] = handler),
      setPermissionCheckHandler: (handler: never) => void (handlers['check'] = handler),
      setDevicePermissionHandler: (handler: never) => void (handlers['device'] = handler),
    }
    denyAllPermissions(session as never)

    for (const permission of ['media', 'geolocation', 'notifications', 'hid', 'clipboard-read']) {
      const callback = vi.fn()
      ;(handlers['request'] as (...args: unknown[]) => void)({}, permission, callback)
      expect(callback).toHaveBeenCalledWith(false)
      expect((handlers['check'] as (...args: unknown[]) => unknown)({}, permission)).toBe(false)
    }
    expect((handlers['device'] as (...args: unknown[]) => unknown)({ deviceType: 'hid' })).toBe(false)
  })
})
