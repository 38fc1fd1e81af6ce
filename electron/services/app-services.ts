import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Diagnostics, StartupNotice } from '@shared/ipc/system-calls'
import { createCallDispatcher, type Dispatch } from '../ipc/call-dispatcher'
import { EventBus } from '../ipc/event-bus'
import { createKioskHandlers, kioskStatusOf } from '../ipc/handlers/kiosk-handlers'
import { createSettingsHandlers } from '../ipc/handlers/settings-handlers'
import { createStaffHandlers } from '../ipc/handlers/staff-handlers'
import { createSystemHandlers } from '../ipc/handlers/system-handlers'
import { StaffAuditLog } from './audit/staff-audit-log'
import { migrations } from './database/migrations'
import { SqliteDatabase } from './database/sqlite-database'
import type { Clock, Logger } from './ports'
import type { SecretBox } from './secrets/secret-box'
import { openSettings, type SettingsBackend, type SettingsRepository } from './settings/settings-repository'
import { PinBackupStore } from './staff/pin-backup-store'
import { PinService } from './staff/pin-service'
import { StaffSessions } from './staff/staff-sessions'

export const databaseFileName = 'frontdesk.db'

/** What each runtime (Electron or the browser host) supplies; everything else is built here. */
export interface PlatformPorts {
  runtime: Diagnostics['runtime']
  appVersion: string
  dataDirectory: string
  createSettingsBackend(directory: string): SettingsBackend
  createSecretBox(directory: string): Promise<SecretBox>
  clock: Clock
  logger: Logger
}

export interface AppServices {
  dispatch: Dispatch
  events: EventBus
  settings: SettingsRepository
  sessions: StaffSessions
  secretBox: SecretBox
  notices: readonly StartupNotice[]
  close(): void
}

/** The composition shared by both runtimes, so the browser host runs exactly the services Electron does. */
export async function createAppServices(ports: PlatformPorts): Promise<AppServices> {
  const { clock, logger, dataDirectory } = ports
  mkdirSync(dataDirectory, { recursive: true, mode: 0o700 })
  const notices: StartupNotice[] = []
  const notice = (kind: StartupNotice['kind'], message: string): void => {
    notices.push({ kind, message, at: clock.now().toISOString() })
    logger.warn(message)
  }

  const { repository: settings, recovery } = openSettings(dataDirectory, ports.createSettingsBackend, clock)
  if (recovery) notice('settings-recovered', recovery)
  const secretBox = await ports.createSecretBox(dataDirectory)
  if (secretBox.protection === 'key-file') {
    notice(
      'secret-storage-weak',
      'Secrets are protected by a key file in the data directory, not by the operating system keychain.',
    )
  }
  const database = SqliteDatabase.open(join(dataDirectory, databaseFileName), migrations)
  logger.info('Database ready', { schema: database.schemaVersion })
  const pinBackup = new PinBackupStore(database, clock)
  if (pinBackup.restoreInto(settings)) {
    notice('pins-restored', 'The staff PINs were missing from the settings file and were restored from the kiosk database.')
  }

  const events = new EventBus()
  const audit = new StaffAuditLog(database, clock)
  const pins = new PinService(settings, clock, pinBackup)
  const sessions = new StaffSessions(
    clock,
    () => settings.get().kiosk.staffSessionMinutes,
    (reason) => events.emit('staff.sessionEnded', { reason }),
  )
  settings.subscribe((document, previous) => {
    if (JSON.stringify(document.kiosk) !== JSON.stringify(previous.kiosk)) {
      events.emit('kiosk.statusChanged', kioskStatusOf(document, ports.appVersion))
    }
  })

  const { runtime, appVersion } = ports
  const handlers = {
    ...createKioskHandlers(settings, appVersion),
    ...createSettingsHandlers(settings, audit),
    ...createSystemHandlers({ runtime, appVersion, dataDirectory, database, secretBox, notices }),
    ...createStaffHandlers({ pins, sessions, audit }),
  }
  return {
    dispatch: createCallDispatcher(handlers, sessions, logger),
    events,
    settings,
    sessions,
    secretBox,
    notices,
    close: () => {
      sessions.end('locked')
      database.close()
    },
  }
}
