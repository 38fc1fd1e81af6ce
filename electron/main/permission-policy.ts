import type { Session } from 'electron'

/**
 * Electron grants every permission (camera, geolocation, notifications, HID…) unless told
 * otherwise. The kiosk page needs none of them, so all are refused.
 * @see https://www.electronjs.org/docs/latest/tutorial/security#5-handle-session-permission-requests-from-remote-content
 */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.setDevicePermissionHandler(() => false)
}
