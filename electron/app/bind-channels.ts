import type { CallHandlers } from '../ipc/call-dispatcher'
import { AuditNames } from '../ipc/handlers/audit-names'
import { createAccessLogHandlers } from '../ipc/handlers/access-log-handlers'
import { createAccessLogVisitHandlers } from '../ipc/handlers/access-log-visit-handlers'
import { createAccountHandlers } from '../ipc/handlers/account-handlers'
import { createAuditHandlers } from '../ipc/handlers/audit-handlers'
import { createBadgeHandlers } from '../ipc/handlers/badge-handlers'
import { createKioskHandlers } from '../ipc/handlers/kiosk-handlers'
import { createKisiHandlers } from '../ipc/handlers/kisi-handlers'
import { createNotificationHandlers } from '../ipc/handlers/notification-handlers'
import { createRetentionHandlers } from '../ipc/handlers/retention-handlers'
import { createPolicyHandlers } from '../ipc/handlers/policy-handlers'
import { createScannerHandlers } from '../ipc/handlers/scanner-handlers'
import { createSettingsHandlers } from '../ipc/handlers/settings-handlers'
import { createStaffHandlers } from '../ipc/handlers/staff-handlers'
import { createSystemHandlers } from '../ipc/handlers/system-handlers'
import { createVisitHandlers } from '../ipc/handlers/visit-handlers'
import type { KioskServices } from './build-services'
import type { PlatformPorts } from './platform-ports'

/** Every call of the contract bound to the service that answers it: one line per domain. */
export function bindChannels(services: KioskServices, { runtime, appVersion, dataDirectory, clock, pagePdf }: PlatformPorts): CallHandlers {
  const { settings, audit, sessions, visits, kisi } = services
  const audited = { audit, staffRole: () => sessions.current()?.role ?? null, names: new AuditNames() }
  return {
    ...createKioskHandlers(settings, appVersion),
    ...createSettingsHandlers(settings, audit),
    ...createAuditHandlers(audit),
    ...createSystemHandlers({ runtime, appVersion, dataDirectory, database: services.database, secretBox: services.secretBox, notices: () => services.notices.list(), pagePdf: pagePdf ?? null }),
    ...createStaffHandlers({ pins: services.pins, sessions, audit }),
    ...createPolicyHandlers(visits.policies, audited),
    ...createVisitHandlers({ visitorDesk: visits.visitorDesk, receptionDesk: visits.receptionDesk, checkOutBursts: visits.checkOutBursts, ...audited }),
    ...createKisiHandlers(kisi, services.kisiSetup, visits.jobs, audited),
    ...createNotificationHandlers(services.notifier, services.dailySummary, audited),
    ...createRetentionHandlers(services.retention, audited),
    ...createAccountHandlers({ accounts: services.accounts, doors: services.doors, ...audited }),
    ...createBadgeHandlers({ badges: services.badges, ...audited }),
    ...createScannerHandlers({ readers: services.hidReaders, activity: services.readerActivity, keyboard: services.keyboardCapture }, audited),
    ...createAccessLogHandlers({ sync: services.accessLog, day: services.accessLogDay, clock, staffRole: audited.staffRole }),
    ...createAccessLogVisitHandlers({ doorUse: services.visitDoorUse, rollCall: services.rollCall, clock, staffRole: audited.staffRole }),
  }
}
