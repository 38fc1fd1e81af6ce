import { z } from 'zod'
import { kioskSettingsSchema, kioskSettingsPatchSchema } from '../schemas/kiosk-settings'
import { defineCall, noRequest } from './define'

/** What the visitor screen needs to draw itself; safe for anyone at the screen to read. */
export const kioskStatusSchema = z.object({
  organisationName: z.string(),
  language: kioskSettingsSchema.shape.language,
  idleTimeoutSeconds: z.int(),
  appVersion: z.string(),
})
export type KioskStatus = z.infer<typeof kioskStatusSchema>

export const startupNoticeSchema = z.object({
  kind: z.enum(['settings-recovered', 'secret-storage-weak']),
  message: z.string(),
  at: z.iso.datetime(),
})
export type StartupNotice = z.infer<typeof startupNoticeSchema>

export const diagnosticsSchema = z.object({
  appVersion: z.string(),
  runtime: z.enum(['electron', 'browser-host']),
  dataDirectory: z.string(),
  secretProtection: z.enum(['os-keychain', 'key-file']),
  databaseSchemaVersion: z.int(),
  notices: z.array(startupNoticeSchema),
})
export type Diagnostics = z.infer<typeof diagnosticsSchema>

export const kioskCalls = {
  'kiosk.status': defineCall({ access: 'public', request: noRequest, response: kioskStatusSchema }),
  'settings.get': defineCall({ access: 'manager', request: noRequest, response: kioskSettingsSchema }),
  'settings.update': defineCall({
    access: 'manager',
    request: kioskSettingsPatchSchema,
    response: kioskSettingsSchema,
  }),
  'system.diagnostics': defineCall({ access: 'manager', request: noRequest, response: diagnosticsSchema }),
} as const
