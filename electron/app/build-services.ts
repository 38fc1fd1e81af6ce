import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { StartupNotice } from '@shared/ipc/system-calls'
import { EventBus } from '../ipc/event-bus'
import { AccountService } from '../services/accounts/account-service'
import { DoorService } from '../services/accounts/door-service'
import { KioskAccountLinks } from '../services/accounts/kiosk-account-links'
import { StaffAuditLog } from '../services/audit/staff-audit-log'
import { migrations } from '../services/database/migrations'
import { SqliteDatabase } from '../services/database/sqlite-database'
import { KisiConnection } from '../services/kisi/kisi-connection'
import { KisiSetup } from '../services/kisi/kisi-setup'
import { arrivalOf, HostNotifier } from '../services/notifications/host-notifier'
import { kioskStatusOf } from '../services/settings/public-kiosk-status'
import { openSettings } from '../services/settings/settings-repository'
import { PinBackupStore } from '../services/staff/pin-backup-store'
import { PinService } from '../services/staff/pin-service'
import { StaffSessions } from '../services/staff/staff-sessions'
import { LinkJobs } from '../services/visits/link-jobs'
import { createVisitServices } from '../services/visits/visit-services'
import { createDemoKisi } from './demo-kisi'
import type { PlatformPorts } from './platform-ports'

export const databaseFileName = 'frontdesk.db'

export type KioskServices = Awaited<ReturnType<typeof buildServices>>

/**
 * Builds every service once, for both runtimes, so the browser host runs exactly what Electron runs.
 * Services learn about each other only through what they are given here; none knows a transport.
 */
export async function buildServices(ports: PlatformPorts) {
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
    notice('secret-storage-weak', 'Secrets are protected by a key file in the data directory, not by the operating system keychain.')
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

  const jobs = new LinkJobs(database)
  const kisi = new KisiConnection(
    settings,
    secretBox,
    logger,
    () => events.emit('kisi.statusChanged', kisi.status(jobs.pendingCount())),
    ports.kisiRequestsPerSecond,
  )
  await kisi.start()
  const demo = createDemoKisi(logger)
  const kisiSetup = new KisiSetup(kisi, settings, demo)
  await kisiSetup.resume().catch((error: unknown) => logger.warn('The Kisi demo could not be restarted', { error: String(error) }))
  const notifier = new HostNotifier({ settings, secretBox, clock, logger, ...(ports.notificationRetryDelaysMs ? { retryDelaysMs: ports.notificationRetryDelaysMs } : {}) })
  const visits = createVisitServices({
    database,
    settings,
    secretBox,
    connection: kisi,
    jobs,
    clock,
    logger,
    changed: (visitId) => events.emit('visits.changed', { visitId }),
    patienceMs: ports.checkInPatienceMs,
    linkLookupBackoffMs: ports.linkLookupBackoffMs,
    arrived: (visit) => notifier.arrived(arrivalOf(visit)),
    notifiesHosts: () => notifier.configured,
  })
  const accounts = new AccountService(kisi, new KioskAccountLinks(database, clock))
  const doors = new DoorService(kisi, settings, clock)

  return { notices, settings, secretBox, database, events, audit, pins, sessions, kisi, kisiSetup, demo, notifier, visits, accounts, doors }
}
