import { getISODay } from 'date-fns'
import type { VisitType } from '../schemas/visit-policy'
import { minutesOf } from './time-of-day'

/** A time field cannot say 24:00, so its last minute stands for the end of the day. */
const endOfDayMinutes = 24 * 60
const lastMinuteOfDay = '23:59'

/** When a visit type may check in, as data: the screens say it in the visitor's language. */
export interface CheckInHours {
  /** ISO weekdays: 1 = Monday … 7 = Sunday, in order. */
  days: number[]
  from: string
  until: string
}

export function checkInHoursOf(type: Pick<VisitType, 'checkInDays' | 'checkInFrom' | 'checkInUntil'>): CheckInHours {
  return { days: [...new Set(type.checkInDays)].sort((a, b) => a - b), from: type.checkInFrom, until: type.checkInUntil }
}

/**
 * Whether this visit type may check in at `now` (kiosk local time). Check-in closes at
 * `checkInUntil`, except that 23:59 means midnight, so a type can be open all day.
 */
export function isCheckInOpen(type: Pick<VisitType, 'checkInDays' | 'checkInFrom' | 'checkInUntil'>, now: Date): boolean {
  const minutes = now.getHours() * 60 + now.getMinutes()
  const closes = type.checkInUntil === lastMinuteOfDay ? endOfDayMinutes : minutesOf(type.checkInUntil)
  return type.checkInDays.includes(getISODay(now)) && minutes >= minutesOf(type.checkInFrom) && minutes < closes
}
