import type { Diagnostics } from '@shared/ipc/system-calls'
import type { KeyboardCaptureSite } from '@shared/schemas/keyboard-reading'
import type { EventWindowReading } from '../services/access-log/event-window-reader'
import type { Clock, Logger, PagePdf } from '../services/ports'
import type { HidAccess } from '../services/scanners/hid-access'
import type { SecretBox } from '../services/secrets/secret-box'
import type { SettingsBackend } from '../services/settings/settings-repository'
import type { VisitorBudgetOverrides } from '../services/visits/visitor-throttle'

/** What each runtime (Electron or the browser host) supplies; everything else is built from it. */
export interface PlatformPorts {
  runtime: Diagnostics['runtime']
  appVersion: string
  dataDirectory: string
  createSettingsBackend(directory: string): SettingsBackend
  createSecretBox(directory: string): Promise<SecretBox>
  clock: Clock
  logger: Logger
  /** Raw HID devices for badge readers: node-hid in both runtimes, a fake device in tests. */
  hid: HidAccess
  /**
   * Where keyboard-type readers' bursts are read: 'main' only where the entry reads Electron's
   * before-input-event; otherwise (the browser host, the default) the renderer's wedge reads them.
   */
  keyboardCapturedIn?: KeyboardCaptureSite
  /** How often a missing badge reader is looked for; tests shorten it. */
  hidRescanMs?: number
  /**
   * A manager's word that the kiosk may start with an empty database although the files show it had
   * one (its visits and outbox are then gone); given by a start-up switch, see the README's Recovery.
   */
  acceptEmptyDatabase?: boolean
  /** Outbox, auto check-out and reconciliation timers; tests drive them by hand instead. */
  runBackgroundTasks?: boolean
  /** Kisi's quota per user is 5 requests per second; tests against a sandbox may allow more. */
  kisiRequestsPerSecond?: number
  /** How long a visitor waits for Kisi before the outbox takes over; tests shorten it. */
  checkInPatienceMs?: number
  /** Waits between lookups for a late copy of an unanswered Kisi link create; tests shorten them. */
  linkLookupBackoffMs?: readonly number[]
  /** The visitor side's budgets where they differ from the defaults; load tests and benchmarks widen them. */
  visitorBudgets?: VisitorBudgetOverrides
  /** Waits between tries of an arrival notification; tests shorten them. */
  notificationRetryDelaysMs?: readonly number[]
  /** Saving the window's page as a PDF: the Electron entry's; a browser prints through its own dialog. */
  pagePdf?: PagePdf
  /** Page size and waits of the Kisi event sync; tests use smaller pages and shorter waits. */
  accessLogReading?: Partial<EventWindowReading>
}
