import { format } from 'date-fns'
import { failedBecause } from '@shared/errors'
import type { StaffRole } from '@shared/schemas/staff-access'

/** Reception reads today's log only; what happened on other days is a manager's to review. */
export function assertDayReadable(day: string, role: StaffRole | null, now: Date): void {
  if (role !== 'manager' && day !== format(now, 'yyyy-MM-dd')) throw failedBecause('forbidden', 'accessLogTodayOnly', {}, `Reception asked for the visits of ${day}`)
}
