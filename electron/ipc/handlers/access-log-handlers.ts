import type { StaffRole } from '@shared/schemas/staff-access'
import type { AccessLogDay } from '../../services/access-log/access-log-day'
import type { AccessLogSync } from '../../services/access-log/access-log-sync'
import { assertDayReadable } from '../../services/access-log/kiosk-day'
import type { Clock } from '../../services/ports'
import type { CallHandlers } from '../call-dispatcher'

export interface AccessLogHandlerDeps {
  sync: AccessLogSync
  day: AccessLogDay
  clock: Clock
  staffRole: () => StaffRole | null
}

export function createAccessLogHandlers({ sync, day, clock, staffRole }: AccessLogHandlerDeps): Pick<CallHandlers, 'accessLog.sync' | 'accessLog.syncStatus' | 'accessLog.day'> {
  return {
    'accessLog.sync': () => sync.sync(),
    'accessLog.syncStatus': () => sync.status(),
    'accessLog.day': (request) => {
      const role = staffRole()
      assertDayReadable(request.day, role, clock.now())
      return day.page(request.day, request.after, request.limit, role)
    },
  }
}
