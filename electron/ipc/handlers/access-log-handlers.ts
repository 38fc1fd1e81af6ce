import { format } from 'date-fns'
import { failedBecause } from '@shared/errors'
import type { StaffRole } from '@shared/schemas/staff-access'
import type { AccessLogDay } from '../../services/access-log/access-log-day'
import type { AccessLogSync } from '../../services/access-log/access-log-sync'
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
      // Reception reads today to see who came; earlier days are the manager's record.
      if (staffRole() !== 'manager' && request.day !== format(clock.now(), 'yyyy-MM-dd')) {
        throw failedBecause('forbidden', 'accessLogTodayOnly', {}, `Reception asked for the access log of ${request.day}`)
      }
      return day.page(request.day, request.after, request.limit)
    },
  }
}
