import { EventBus } from '../ipc/event-bus'
import { AccessLogDay } from '../services/access-log/access-log-day'
import { AccessLogSchedule } from '../services/access-log/access-log-schedule'
import { AccessLogSync } from '../services/access-log/access-log-sync'
import { KisiEventStore } from '../services/access-log/kisi-event-store'
import { RollCallService } from '../services/access-log/roll-call-service'
import { RollCallTicks } from '../services/access-log/roll-call-ticks'
import { VisitDoorUseReport } from '../services/access-log/visit-door-use-report'
import { VisitLinkEvents } from '../services/access-log/visit-link-events'
import { AccountService } from '../services/accounts/account-service'
import { DoorService } from '../services/accounts/door-service'
import { PlaceDoors } from '../services/accounts/place-doors'
import { KioskAccountLinks } from '../services/accounts/kiosk-account-links'
import { StaffAuditLog } from '../services/audit/staff-audit-log'
import { BadgeService } from '../services/badges/badge-service'
import { visitIdPrefixOf } from '../services/database/database-identity'
import { KisiConnection } from '../services/kisi/kisi-connection'
import { KisiSetup } from '../services/kisi/kisi-setup'
import { DailySummary } from '../services/notifications/daily-summary'
import { arrivalOf, HostNotifier } from '../services/notifications/host-notifier'
import { VisitorErasure } from '../services/retention/visitor-erasure'
import { VisitorRetention } from '../services/retention/visitor-retention'
import { HidReaderActivity } from '../services/scanners/hid-reader-activity'
import { HidReaders } from '../services/scanners/hid-readers'
import { HidScanPipeline } from '../services/scanners/hid-scan-pipeline'
import { KeyboardCapture } from '../services/scanners/keyboard-capture'
import { kioskStatusOf } from '../services/settings/public-kiosk-status'
import { PinService } from '../services/staff/pin-service'
import { StaffSessions } from '../services/staff/staff-sessions'
import { LinkJobs } from '../services/visits/link-jobs'
import { kioskTagOf } from '../services/visits/pass-code'
import { createVisitServices } from '../services/visits/visit-services'
import { createDemoKisi } from './demo-kisi'
import { KioskNotices } from './kiosk-notices'
import { openStorage } from './open-storage'
import type { PlatformPorts } from './platform-ports'

export type KioskServices = Awaited<ReturnType<typeof buildServices>>

/**
 * Builds every service once, for both runtimes, so the browser host runs exactly what Electron runs.
 * Services learn about each other only through what they are given here; none knows a transport.
 */
export async function buildServices(ports: PlatformPorts) {
  const { clock, logger, dataDirectory } = ports
  const notices = new KioskNotices(clock, logger)
  const { settings, database, databaseId, identity, health, pinBackup } = openStorage(ports, notices)
  const secretBox = await ports.createSecretBox(dataDirectory)
  if (secretBox.protection === 'key-file') notices.add('secretStorageWeak', {})

  const events = new EventBus()
  const audit = new StaffAuditLog(database, clock)
  const pins = new PinService(settings, clock, pinBackup)
  const sessions = new StaffSessions(
    clock,
    () => settings.get().kiosk.staffSessionMinutes,
    (reason) => events.emit('staff.sessionEnded', { reason }),
  )
  // The status draws on more than the kiosk section (the pass link base comes with the Kisi
  // connection), so what is compared is the status itself.
  settings.subscribe((document, previous) => {
    const status = kioskStatusOf(document, ports.appVersion)
    if (JSON.stringify(status) !== JSON.stringify(kioskStatusOf(previous, ports.appVersion))) events.emit('kiosk.statusChanged', status)
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
    audit,
    changed: (visitId) => events.emit('visits.changed', { visitId }),
    claimedAccessChanged: () => events.emit('visits.claimedAccessChanged', {}),
    patienceMs: ports.checkInPatienceMs,
    linkLookupBackoffMs: ports.linkLookupBackoffMs,
    visitorBudgets: ports.visitorBudgets,
    arrived: (visit) => notifier.arrived(arrivalOf(visit)),
    notifiesHosts: () => notifier.configured,
    visitIdPrefix: visitIdPrefixOf(databaseId),
    kioskTag: kioskTagOf(databaseId),
    madeByLostDatabase: (linkKey, linkCreatedAt) => identity.madeByLostDatabase(linkKey, linkCreatedAt),
  })
  const placeDoors = new PlaceDoors(settings)
  const accountLinks = new KioskAccountLinks(database, clock)
  const accounts = new AccountService(kisi, accountLinks, placeDoors)
  const doors = new DoorService(kisi, settings, clock, placeDoors)
  const badges = new BadgeService(kisi, accountLinks)
  const hidReaders = new HidReaders({ hid: ports.hid, settings, clock, logger, ...(ports.hidRescanMs ? { rescanMs: ports.hidRescanMs } : {}) })
  const readerActivity = new HidReaderActivity(settings)
  const hidScans = new HidScanPipeline(hidReaders, {
    scanned: (scan) => events.emit('scanner.scan', scan),
    noted: (readerId, result) => readerActivity.noteResult(readerId, result),
  })
  const keyboardCapture = new KeyboardCapture(settings, ports.keyboardCapturedIn ?? 'renderer')
  const kisiEvents = new KisiEventStore(database)
  const accessLog = new AccessLogSync({
    store: kisiEvents,
    connection: kisi,
    settings,
    clock,
    logger,
    changed: (status) => events.emit('accessLog.syncStatusChanged', status),
    ...(ports.accessLogReading ? { reading: ports.accessLogReading } : {}),
  })
  const accessLogSchedule = new AccessLogSchedule(accessLog, kisi, settings)
  const retention = new VisitorRetention({
    erasure: new VisitorErasure(database, clock),
    settings,
    audit,
    clock,
    logger,
    changed: (visitId) => events.emit('visits.changed', { visitId }),
  })
  const dailySummary = new DailySummary({ database, settings, notifier, audit, clock, logger, syncedUntil: () => accessLog.status().syncedUntil })
  const linkEvents = new VisitLinkEvents(database)
  const accessLogDay = new AccessLogDay(database, () => settings.get().kisi.place?.id ?? null, linkEvents)
  const visitDoorUse = new VisitDoorUseReport({ visits: visits.repository, linkEvents, syncedUntil: () => accessLog.status().syncedUntil })
  const rollCall = new RollCallService({ database, visits: visits.repository, linkEvents, ticks: new RollCallTicks(database), events: visits.kioskEvents, store: kisiEvents, settings, clock })

  return { notices, settings, secretBox, database, health, events, audit, pins, sessions, kisi, kisiSetup, demo, notifier, visits, accounts, doors, badges, hidReaders, hidScans, readerActivity, keyboardCapture, accessLog, accessLogSchedule, accessLogDay, retention, dailySummary, visitDoorUse, rollCall }
}
