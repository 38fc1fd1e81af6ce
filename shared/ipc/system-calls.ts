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

/** What this host can make of a page besides the browser's own print dialog. */
export const documentSupportSchema = z.object({
  /** The Electron app saves the page as a PDF itself; a browser's print dialog offers "Save as PDF" instead. */
  printToPdf: z.boolean(),
})
export type DocumentSupport = z.infer<typeof documentSupportSchema>

/** A plain file name the save dialog proposes (no folders: where it goes is the person's choice there). */
export const pdfFileNameSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,120}\.pdf$/)

export const systemCalls = {
  'system.diagnostics': defineCall({ access: 'manager', request: noRequest, response: diagnosticsSchema }),
  'system.documentSupport': defineCall({ access: 'staff', request: noRequest, response: documentSupportSchema }),
  /**
   * Saves the kiosk window's page, as its print stylesheet lays it out, as a PDF where the person picks
   * in a save dialog. `saved: false` when they cancelled it.
   */
  'system.printToPdf': defineCall({
    access: 'staff',
    request: z.object({ fileName: pdfFileNameSchema }).strict(),
    response: z.object({ saved: z.boolean() }),
  }),
} as const
