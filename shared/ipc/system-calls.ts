import { z } from 'zod'
import { defineCall, noRequest } from './define'

/**
 * What a manager should know about the kiosk's files (a repaired settings file, a lost or damaged
 * database, a weaker secret store), each with the facts its words use. Main sends the kind and these
 * parameters; the staff console's locale files say it (`console.noticeTexts.<kind>`). Lists of names
 * arrive as lists and are joined in the reader's language.
 */
export const startupNoticeParams = {
  settingsMissing: [],
  settingsUnreadable: ['movedTo'],
  settingsReset: ['settings'],
  visitTypeRemoved: ['visitType', 'fields'],
  visitTypeUnreadable: ['visitType'],
  visitTypeOverLimit: ['visitType'],
  denyListEntriesRemoved: ['entries'],
  hidReadersRemoved: ['readers'],
  settingsBackupKept: ['backupFile'],
  pinsRestored: [],
  secretStorageWeak: [],
  databaseStartedEmpty: [],
  databaseStartedEmptyLinksKept: [],
  databaseDamaged: ['problem'],
  databaseDamagedNotWritable: ['problem'],
} as const satisfies Record<string, readonly string[]>

export type StartupNoticeKind = keyof typeof startupNoticeParams

const startupNoticeKinds = Object.keys(startupNoticeParams) as [StartupNoticeKind, ...StartupNoticeKind[]]

/** A notice's facts, by the names its kind declares: text, a number, or a list of names. */
export type StartupNoticeParams<Kind extends StartupNoticeKind> = {
  [Name in (typeof startupNoticeParams)[Kind][number]]: string | number | readonly string[]
}

export const startupNoticeSchema = z.object({
  kind: z.enum(startupNoticeKinds),
  params: z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string())])),
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
