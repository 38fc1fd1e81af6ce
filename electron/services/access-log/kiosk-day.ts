import { localDayOf } from '@shared/domain/access-log/local-day'
import { failedBecause } from '@shared/errors'
import type { StaffRole } from '@shared/schemas/staff-access'

/** Reception reads today's log only; what happened on other days is a manager's to review. */
export function assertDayReadable(day: string, role: StaffRole | null, now: Date): void {
  if (role !== 'manager' && day !== localDayOf(now)) throw failedBecause('forbidden', 'accessLogTodayOnly', {}, `Reception asked for the access log of ${day}`)
}
