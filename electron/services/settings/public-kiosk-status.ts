import type { KioskStatus } from '@shared/ipc/kiosk-calls'
import type { SettingsDocument } from './settings-document'

/** What every screen may know about the kiosk, visitors' included: no secrets, no staff settings. */
export function kioskStatusOf(document: SettingsDocument, appVersion: string): KioskStatus {
  const { organisationName, language, idleTimeoutSeconds, passDisplaySeconds } = document.kiosk
  return { organisationName, language, idleTimeoutSeconds, passDisplaySeconds, accessLinkBase: document.kisi.accessLinkBaseUrl, appVersion }
}
