import { eventAccess, type EventName } from '@shared/ipc/events'
import type { StartupNotice } from '@shared/ipc/system-calls'
import { createCallDispatcher, type Dispatch } from '../ipc/call-dispatcher'
import type { EventBus } from '../ipc/event-bus'
import type { AccessLogSync } from '../services/access-log/access-log-sync'
import type { KisiConnection } from '../services/kisi/kisi-connection'
import type { DailySummary } from '../services/notifications/daily-summary'
import type { HostNotifier } from '../services/notifications/host-notifier'
import type { VisitorRetention } from '../services/retention/visitor-retention'
import type { HidReaders } from '../services/scanners/hid-readers'
import type { KeyboardCapture } from '../services/scanners/keyboard-capture'
import type { SecretBox } from '../services/secrets/secret-box'
import type { SettingsRepository } from '../services/settings/settings-repository'
import type { StaffSessions } from '../services/staff/staff-sessions'
import type { VisitServices } from '../services/visits/visit-services'
import { bindChannels } from './bind-channels'
import { buildServices } from './build-services'
import type { PlatformPorts } from './platform-ports'

/** The running kiosk as a transport sees it: one dispatch for every call, the events, and shutdown. */
export interface KioskApp {
  dispatch: Dispatch
  events: EventBus
  settings: SettingsRepository
  sessions: StaffSessions
  secretBox: SecretBox
  /** What managers see under "Notices" now: from the start, and from the database checks since. */
  readonly notices: readonly StartupNotice[]
  kisi: KisiConnection
  visits: VisitServices
  notifier: HostNotifier
  /** The badge readers read over raw HID; their reports go to whoever subscribes (the decoders). */
  hidReaders: HidReaders
  /** The keyboard-wedge path's setting, and whether main reads key bursts now (Electron only). */
  keyboardCapture: KeyboardCapture
  /** The copy of Kisi's events for the kiosk's place; tests run it by hand. */
  accessLog: AccessLogSync
  /** Erases visitors' personal data past the manager's setting; tests run it by hand. */
  retention: VisitorRetention
  /** The optional daily summary through the arrival webhook; tests tick it by hand. */
  dailySummary: DailySummary
  /** Whether the screen may receive this event now (staff events only during a staff session). */
  mayReceive(event: EventName): boolean
  close(): Promise<void>
}

/**
 * The composition root shared by the Electron entry and the browser host (in the manner of VS Code's
 * `electron-main/app.ts`): services are built first, then bound to the contract's channels.
 */
export async function createApp(ports: PlatformPorts): Promise<KioskApp> {
  const services = await buildServices(ports)
  const { sessions, visits, notifier, database, health, demo, hidReaders, hidScans, readerActivity, accessLog, accessLogSchedule, retention, dailySummary } = services
  if (ports.runBackgroundTasks ?? true) {
    visits.background.start()
    health.start()
    accessLogSchedule.start()
    retention.start()
    dailySummary.start()
  }
  // Not a background task: with no reader chosen it does nothing, and a chosen one is read in tests too.
  readerActivity.start(hidReaders)
  hidScans.start()
  hidReaders.start()
  return {
    dispatch: createCallDispatcher(bindChannels(services, ports), sessions, ports.logger),
    events: services.events,
    settings: services.settings,
    sessions,
    secretBox: services.secretBox,
    get notices() {
      return services.notices.list()
    },
    kisi: services.kisi,
    visits,
    notifier,
    hidReaders,
    keyboardCapture: services.keyboardCapture,
    accessLog,
    retention,
    dailySummary,
    mayReceive: (event) => eventAccess[event] === 'public' || sessions.current() !== null,
    close: async () => {
      visits.background.stop()
      retention.stop()
      dailySummary.stop()
      health.stop()
      hidScans.stop()
      readerActivity.stop()
      // A sync cut short keeps every page it stored; the next start resumes after the last one.
      await accessLogSchedule.stop()
      await hidReaders.stop()
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
