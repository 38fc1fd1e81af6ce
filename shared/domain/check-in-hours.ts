import { getISODay } from 'date-fns'
import type { VisitType } from '../schemas/visit-policy'
import { minutesOf } from './time-of-day'

const dayNames = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const

/** A time field cannot say 24:00, so its last minute stands for the end of the day. */
const endOfDayMinutes = 24 * 60
const lastMinuteOfDay = '23:59'

export interface CheckInHours {
  open: boolean
  explanation: string
}

/**
 * Whether this visit type may check in at `now` (kiosk local time), and if not, when it may. Check-in
 * closes at `checkInUntil`, except that 23:59 means midnight, so a type can be open all day.
 */
export function checkInHours(type: Pick<VisitType, 'name' | 'checkInDays' | 'checkInFrom' | 'checkInUntil'>, now: Date): CheckInHours {
  const minutes = now.getHours() * 60 + now.getMinutes()
  const onDay = type.checkInDays.includes(getISODay(now))
  const closes = type.checkInUntil === lastMinuteOfDay ? endOfDayMinutes : minutesOf(type.checkInUntil)
  return {
    open: onDay && minutes >= minutesOf(type.checkInFrom) && minutes < closes,
    explanation: `${type.name} check-in is open ${describeDays(type.checkInDays)}, ${type.checkInFrom}–${type.checkInUntil}.`,
  }
}

/** "Monday to Friday", "every day", "Monday, Wednesday and Saturday". */
export function describeDays(days: readonly number[]): string {
  const sorted = [...new Set(days)].sort((a, b) => a - b)
  if (sorted.length === 7) return 'every day'
  const consecutive = sorted.every((day, index) => index === 0 || day === (sorted[index - 1] ?? 0) + 1)
  const name = (day: number): string => dayNames[day - 1] ?? ''
  if (consecutive && sorted.length > 2) return `${name(sorted[0] ?? 1)} to ${name(sorted.at(-1) ?? 7)}`
  const names = sorted.map(name)
  return names.length === 1 ? `on ${names[0]}` : `on ${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
}
