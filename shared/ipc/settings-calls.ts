import { kioskSettingsPatchSchema, kioskSettingsSchema } from '../schemas/kiosk-settings'
import { defineCall, noRequest } from './define'

export const settingsCalls = {
  'settings.get': defineCall({ access: 'manager', request: noRequest, response: kioskSettingsSchema }),
  'settings.update': defineCall({ access: 'manager', request: kioskSettingsPatchSchema, response: kioskSettingsSchema }),
} as const
