import { z } from 'zod'
import { defineCall, noRequest } from './define'

/** Something a manager should know about the last start: a repaired file, a weaker secret store. */
export const startupNoticeSchema = z.object({
  kind: z.enum(['settings-recovered', 'pins-restored', 'secret-storage-weak']),
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

export const systemCalls = {
  'system.diagnostics': defineCall({ access: 'manager', request: noRequest, response: diagnosticsSchema }),
} as const
