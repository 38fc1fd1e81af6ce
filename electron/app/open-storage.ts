import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { DatabaseHealth } from '../services/database/database-health'
import { DatabaseIdentity, newDatabaseId } from '../services/database/database-identity'
import { migrations } from '../services/database/migrations'
import { keepDirectoryPrivate } from '../services/database/private-files'
import { SqliteDatabase, startupErrorOf } from '../services/database/sqlite-database'
import { databaseFileName, decideStorageStart, earlierRunTraces, type StorageStart } from '../services/database/storage-start'
import { readSettingsFile } from '../services/settings/load-settings-file'
import { openSettings, settingsPathIn, type SettingsRepository } from '../services/settings/settings-repository'
import { PinBackupStore } from '../services/staff/pin-backup-store'
import type { KioskNotices } from './kiosk-notices'
import type { PlatformPorts } from './platform-ports'
import { noticeSettingsRepair } from './settings-notices'

export interface OpenedStorage {
  settings: SettingsRepository
  database: SqliteDatabase
  /** The id the database and the settings share; visit ids begin with part of it. */
  databaseId: string
  identity: DatabaseIdentity
  health: DatabaseHealth
  pinBackup: PinBackupStore
}

/**
 * Opens the data directory's files, trusting none of them blindly: the settings are repaired part by
 * part, a lost database stops the start unless a manager accepted it (see decideStorageStart), the
 * PINs come back from the database's copy, and the database is checked for damaged pages. Managers
 * hear of each through `notices`.
 */
export function openStorage(ports: PlatformPorts, notices: KioskNotices): OpenedStorage {
  const { dataDirectory, clock, logger } = ports
  mkdirSync(dataDirectory, { recursive: true, mode: 0o700 })
  const earlierMode = keepDirectoryPrivate(dataDirectory)
  if (earlierMode !== null) {
    logger.warn(`The data directory was readable by other users (mode ${earlierMode.toString(8)}); it is now private to this user (mode 700)`, { dataDirectory })
  }

  const found = readSettingsFile(settingsPathIn(dataDirectory))
  const databasePath = join(dataDirectory, databaseFileName)
  const start = decideStorageStart({
    directory: dataDirectory,
    settings: found.state,
    rememberedDatabaseId: found.document.database.id,
    settingsHavePins: found.document.staff.managerPinHash !== null || found.document.staff.receptionPinHash !== null,
    databaseIsNew: SqliteDatabase.inspect(databasePath).isNew,
    traces: earlierRunTraces(dataDirectory),
    acceptEmptyDatabase: ports.acceptEmptyDatabase ?? false,
  })

  // The database first: one it cannot open (or from a newer version) stops the start before the
  // settings file is repaired or moved.
  const database = SqliteDatabase.open(databasePath, migrations)
  logger.info('Database ready', { schema: database.schemaVersion })
  const { repository: settings, read, keptAs } = openSettings(dataDirectory, ports.createSettingsBackend, clock, found)
  if (read.state === 'missing' && start.kind !== 'first-start') notices.add('settingsMissing', {})
  if (read.state === 'unreadable') notices.add('settingsUnreadable', { movedTo: keptAs ?? '' })
  if (read.state === 'repaired') noticeSettingsRepair(read.resets, keptAs ?? '', notices)
  const health = new DatabaseHealth(database, clock, ({ problem, writable }) => notices.add(writable ? 'databaseDamaged' : 'databaseDamagedNotWritable', { problem }))
  health.check()
  try {
    const identity = new DatabaseIdentity(database)
    const databaseId = settleIdentity(identity, settings, start, ports)
    if (start.kind === 'empty-accepted') notices.add(start.lostDatabaseId === null ? 'databaseStartedEmptyLinksKept' : 'databaseStartedEmpty', {})
    const pinBackup = new PinBackupStore(database, clock)
    if (pinBackup.restoreInto(settings)) notices.add('pinsRestored', {})
    pinBackup.keepCopyOf(settings)
    return { settings, database, databaseId, identity, health, pinBackup }
  } catch (error) {
    // Without its id and the PIN copy the kiosk cannot tell what it may trust; a damaged page there stops the start.
    database.close()
    throw startupErrorOf(error, databasePath)
  }
}

/**
 * Gives the database and the settings the same id. A database without one (made before ids) takes
 * the one the settings remember, or a new one; a new database after an accepted loss gets a new one
 * and remembers the lost one, so the Kisi links made for its visits can be found and removed.
 */
function settleIdentity(identity: DatabaseIdentity, settings: SettingsRepository, start: StorageStart, { clock, logger }: PlatformPorts): string {
  const remembered = settings.get().database.id
  let id = identity.id()
  if (id === null) {
    id = start.kind === 'existing' && remembered !== null ? remembered : newDatabaseId()
    identity.assign(id)
  }
  if (start.kind === 'empty-accepted' && start.lostDatabaseId !== null) identity.recordLost(start.lostDatabaseId, clock.now())
  if (remembered === id) return id
  if (remembered !== null && start.kind === 'existing') {
    logger.warn('The database is not the one the settings remember (a copy from elsewhere was put in place); the kiosk goes on with it', { remembered, found: id })
  }
  settings.update((draft) => {
    draft.database.id = id
  })
  return id
}
