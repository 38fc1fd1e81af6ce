import { addDays, isAfter, set } from 'date-fns'

/** Minutes since local midnight for `HH:MM`. */
export function minutesOf(timeOfDay: string): number {
  const [hours = 0, minutes = 0] = timeOfDay.split(':').map(Number)
  return hours * 60 + minutes
}

/** The first moment strictly after `after` whose local clock reads `timeOfDay`. */
export function nextTimeOfDay(after: Date, timeOfDay: string): Date {
  const [hours = 0, minutes = 0] = timeOfDay.split(':').map(Number)
  const sameDay = set(after, { hours, minutes, seconds: 0, milliseconds: 0 })
  return isAfter(sameDay, after) ? sameDay : addDays(sameDay, 1)
}
