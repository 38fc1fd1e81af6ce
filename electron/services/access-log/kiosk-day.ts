import { addDays, format, parseISO, startOfDay } from 'date-fns'
import { failedBecause } from '@shared/errors'
import type { StaffRole } from '@shared/schemas/staff-access'

/** A calendar day of the kiosk's own time zone as the instants [from, until), in UTC ISO 8601 like the stored rows. */
export interface KioskDayBounds {
  from: string
  until: string
}

export function kioskDayBounds(day: string): KioskDayBounds {
  // parseISO reads a date without a time as local midnight, the kiosk's own start of that day.
  const start = parseISO(day)
  return { from: start.toISOString(), until: addDays(start, 1).toISOString() }
}

export function kioskDayOf(now: Date): string {
  return format(startOfDay(now), 'yyyy-MM-dd')
}

/** Reception reads today's log only; what happened on other days is a manager's to review. */
export function assertDayReadable(day: string, role: StaffRole | null, now: Date): void {
  if (role !== 'manager' && day !== kioskDayOf(now)) throw failedBecause('forbidden', 'managerOnly', {}, `Only a manager may read the access log of ${day}`)
}
