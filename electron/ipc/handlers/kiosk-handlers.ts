import type { SettingsRepository } from '../../services/settings/settings-repository'
import { kioskStatusOf } from '../../services/settings/public-kiosk-status'
import type { CallHandlers } from '../call-dispatcher'

export function createKioskHandlers(settings: SettingsRepository, appVersion: string): Pick<CallHandlers, 'kiosk.status'> {
  return { 'kiosk.status': () => kioskStatusOf(settings.get(), appVersion) }
}
