import type { StaffRole } from '@shared/schemas/staff-access'
import { assertDayReadable } from '../../services/access-log/kiosk-day'
import type { RollCallService } from '../../services/access-log/roll-call-service'
import type { VisitDoorUseReport } from '../../services/access-log/visit-door-use-report'
import type { Clock } from '../../services/ports'
import type { CallHandlers } from '../call-dispatcher'

export interface AccessLogVisitDeps {
  doorUse: VisitDoorUseReport
  rollCall: RollCallService
  clock: Clock
  /** Who is signed in; these calls are staff-only, so someone is. */
  staffRole: () => StaffRole | null
}

type Handled = 'accessLog.visits' | 'accessLog.rollCall' | 'accessLog.markSafe' | 'accessLog.startDrill'

export function createAccessLogVisitHandlers({ doorUse, rollCall, clock, staffRole }: AccessLogVisitDeps): Pick<CallHandlers, Handled> {
  // The dispatcher has checked access before a handler runs; reception is the least it can be.
  const role = (): StaffRole => staffRole() ?? 'reception'
  return {
    'accessLog.visits': ({ day }) => {
      assertDayReadable(day, staffRole(), clock.now())
      return doorUse.forDay(day)
    },
    'accessLog.rollCall': () => rollCall.rollCall(),
    'accessLog.markSafe': ({ personKey, safe }) => rollCall.markSafe(personKey, safe, role()),
    'accessLog.startDrill': () => rollCall.startDrill(role()),
  }
}
