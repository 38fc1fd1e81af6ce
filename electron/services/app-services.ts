import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { eventAccess, type EventName } from '@shared/ipc/events'
import type { Diagnostics, StartupNotice } from '@shared/ipc/system-calls'
import { createCallDispatcher, type Dispatch } from '../ipc/call-dispatcher'
import { EventBus } from '../ipc/event-bus'
import { createKioskHandlers, kioskStatusOf } from '../ipc/handlers/kiosk-handlers'
import { createAccountHandlers } from '../ipc/handlers/account-handlers'
import { createKisiHandlers } from '../ipc/handlers/kisi-handlers'
import { createPolicyHandlers } from '../ipc/handlers/policy-handlers'
import { createVisitHandlers } from '../ipc/handlers/visit-handlers'
import { createSettingsHandlers } from '../ipc/handlers/settings-handlers'
import { createAuditHandlers } from '../ipc/handlers/audit-handlers'
import { createNotificationHandlers } from '../ipc/handlers/notification-handlers'
import { arrivalOf, HostNotifier } from './notifications/host-notifier'
import { createStaffHandlers } from '../ipc/handlers/staff-handlers'
import { createSystemHandlers } from '../ipc/handlers/system-handlers'
import { StaffAuditLog } from './audit/staff-audit-log'
import { migrations } from './database/migrations'
import { SqliteDatabase } from './database/sqlite-database'
import type { Clock, Logger } from './ports'
import type { SecretBox } from './secrets/secret-box'
import { openSettings, type SettingsBackend, type SettingsRepository } from './settings/settings-repository'
import { AccountService } from './accounts/account-service'
import { DoorService } from './accounts/door-service'
import { KioskAccountLinks } from './accounts/kiosk-account-links'
import { createDemoKisi } from './kisi/demo-kisi'
import { KisiConnection } from './kisi/kisi-connection'
import { KisiSetup } from './kisi/kisi-setup'
import { PinBackupStore } from './staff/pin-backup-store'
import { PinService } from './staff/pin-service'
import { StaffSessions } from './staff/staff-sessions'
import { LinkJobs } from './visits/link-jobs'
import { createVisitServices, type VisitServices } from './visits/visit-services'

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
  /** Outbox, auto check-out and reconciliation timers; tests drive them by hand instead. */
  runBackgroundTasks?: boolean
  /** Kisi's quota per user is 5 requests per second; tests against a sandbox may allow more. */
  kisiRequestsPerSecond?: number
  /** How long a visitor waits for Kisi before the outbox takes over; tests shorten it. */
  checkInPatienceMs?: number
  /** Waits between tries of an arrival notification; tests shorten them. */
  notificationRetryDelaysMs?: readonly number[]
}

export interface AppServices {
  dispatch: Dispatch
  events: EventBus
  settings: SettingsRepository
  sessions: StaffSessions
  secretBox: SecretBox
  notices: readonly StartupNotice[]
  kisi: KisiConnection
  visits: VisitServices
  notifier: HostNotifier
  /** Whether the screen may receive this event now (staff events only during a staff session). */
  mayReceive(event: EventName): boolean
  close(): Promise<void>
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

  const visitsChanged = (visitId: string | null): void => events.emit('visits.changed', { visitId })
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
    changed: visitsChanged,
    patienceMs: ports.checkInPatienceMs,
    arrived: (row) => notifier.arrived(arrivalOf(row)),
    notifiesHosts: () => notifier.configured,
  })
  if (ports.runBackgroundTasks ?? true) visits.background.start()

  const { runtime, appVersion } = ports
  const auditContext = { audit, staffRole: () => sessions.current()?.role ?? null }
  const handlers = {
    ...createKioskHandlers(settings, appVersion),
    ...createSettingsHandlers(settings, audit),
    ...createAuditHandlers(audit),
    ...createSystemHandlers({ runtime, appVersion, dataDirectory, database, secretBox, notices }),
    ...createStaffHandlers({ pins, sessions, audit }),
    ...createPolicyHandlers(visits.policies, auditContext),
    ...createVisitHandlers({ visitorDesk: visits.visitorDesk, receptionDesk: visits.receptionDesk, ...auditContext }),
    ...createKisiHandlers(kisi, kisiSetup, visits.jobs, auditContext),
    ...createNotificationHandlers(notifier, auditContext),
    ...createAccountHandlers({
      accounts: new AccountService(kisi, new KioskAccountLinks(database, clock)),
      doors: new DoorService(kisi, settings, clock),
      connection: kisi,
      ...auditContext,
    }),
  }
  return {
    dispatch: createCallDispatcher(handlers, sessions, logger),
    events,
    settings,
    sessions,
    secretBox,
    notices,
    kisi,
    visits,
    notifier,
    mayReceive: (event) => eventAccess[event] === 'public' || sessions.current() !== null,
    close: async () => {
      visits.background.stop()
      // Kisi writes in flight get a moment to record their answer before the database closes;
      // anything unfinished stays in the outbox for the next start.
      await visits.runner.idle(3_000)
      await notifier.close(3_000)
      sessions.end('locked')
      database.close()
      await demo.stop()
    },
  }
}
