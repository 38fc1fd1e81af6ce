import type { KioskStatus } from '@shared/ipc/kiosk-calls'
import type { SettingsDocument } from '../../services/settings/settings-document'
import type { SettingsRepository } from '../../services/settings/settings-repository'
import type { CallHandlers } from '../call-dispatcher'

export function kioskStatusOf(document: SettingsDocument, appVersion: string): KioskStatus {
  const { organisationName, language, idleTimeoutSeconds, passDisplaySeconds } = document.kiosk
  return { organisationName, language, idleTimeoutSeconds, passDisplaySeconds, appVersion }
}

export function createKioskHandlers(settings: SettingsRepository, appVersion: string): Pick<CallHandlers, 'kiosk.status'> {
  return { 'kiosk.status': () => kioskStatusOf(settings.get(), appVersion) }
}
