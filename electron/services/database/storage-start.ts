import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { SettingsRead } from '../settings/load-settings-file'
import { StartupError } from '../startup-error'

export const databaseFileName = 'frontdesk.db'

/** What the files say before anything is changed, and whether a manager accepted an empty database. */
export interface StorageFacts {
  directory: string
  settings: SettingsRead['state']
  /** The database id the settings remember (null in settings from before the id, or reset). */
  rememberedDatabaseId: string | null
  settingsHavePins: boolean
  /** No database file, or one without any of the kiosk's tables. */
  databaseIsNew: boolean
  /** Files only an earlier start leaves behind (see `earlierRunTraces`). */
  traces: readonly string[]
  acceptEmptyDatabase: boolean
}

/**
 * Files in the data directory that only a kiosk which already ran leaves: the database file itself
 * (even empty) and its write-ahead log, the key file, and settings files kept aside by a repair. With
 * the settings file gone too, they are all that tells a lost kiosk from a new one.
 */
export function earlierRunTraces(directory: string): string[] {
  if (!existsSync(directory)) return []
  const kept = /^settings\.(corrupt|backup)-.*\.json$/
  return readdirSync(directory)
    .filter((name) => [databaseFileName, `${databaseFileName}-wal`, 'secret.key'].includes(name) || kept.test(name))
    .sort()
}

export type StorageStart =
  /** The database is there: start with it. */
  | { kind: 'existing' }
  /** Nothing anywhere says this kiosk ever ran here: a first start. */
  | { kind: 'first-start' }
  /** The database was lost and a manager accepted starting without it. */
  | { kind: 'empty-accepted'; lostDatabaseId: string | null }

const acceptHow =
  'start Frontdesk once with --accept-empty-database (for example "npm run start:web -- --accept-empty-database", or the Frontdesk app with that switch), or with the environment variable FRONTDESK_ACCEPT_EMPTY_DATABASE=1'

/**
 * Decides whether the kiosk may start with the files it found. A database that is missing or empty
 * while the settings know there was one stops the start: starting afresh would silently drop every
 * visit, the Kisi outbox and the copy of the staff PINs. If the settings are unreadable too, the
 * PINs are gone everywhere, and starting would offer PIN setup to whoever stands at the screen.
 * Only someone who can start the kiosk with a switch (and so reach its files) accepts that loss.
 */
export function decideStorageStart(facts: StorageFacts): StorageStart {
  if (!facts.databaseIsNew) return { kind: 'existing' }
  const databasePath = join(facts.directory, databaseFileName)
  if (facts.settings === 'unreadable') {
    // An unreadable file is itself the trace of an earlier start.
    if (facts.acceptEmptyDatabase) return { kind: 'empty-accepted', lostDatabaseId: null }
    throw new StartupError(
      [
        `The settings file in ${facts.directory} cannot be read and the kiosk database ${databasePath} is missing or empty, so the staff PINs cannot be restored.`,
        'Frontdesk did not start rather than offer PIN setup to anyone at the screen.',
        `To recover: stop Frontdesk, put your backup copies of settings.json and ${databaseFileName} into ${facts.directory}, and start again.`,
        `Without a backup: ${acceptHow}. It then starts like a new kiosk (the unreadable settings file is kept aside) and a manager chooses new PINs.`,
        'See "Recovery" under Troubleshooting in the README.',
      ].join('\n'),
    )
  }
  const settingsKnow = facts.rememberedDatabaseId !== null || facts.settingsHavePins
  if (!settingsKnow && facts.traces.length === 0) return { kind: 'first-start' }
  if (facts.acceptEmptyDatabase) return { kind: 'empty-accepted', lostDatabaseId: facts.rememberedDatabaseId }
  const which = facts.rememberedDatabaseId ? ` (database ${facts.rememberedDatabaseId})` : ''
  const evidence = settingsKnow ? `the settings show this kiosk had one${which}` : `files of an earlier start are still there (${facts.traces.join(', ')})`
  throw new StartupError(
    [
      `The kiosk database ${databasePath} is missing or empty, but ${evidence}.`,
      'Frontdesk did not start, so that its visits, the Kisi outbox and the copy of the staff PINs are not silently replaced by an empty database.',
      `To recover: stop Frontdesk, put your backup copy of ${databaseFileName} (with its ${databaseFileName}-wal file, if there is one) into ${facts.directory}, and start again.`,
      `Without a backup: ${acceptHow}. The earlier visits and pending Kisi writes are then gone for good, and the Kisi links this kiosk made for them are removed.`,
      'See "Recovery" under Troubleshooting in the README.',
    ].join('\n'),
  )
}
