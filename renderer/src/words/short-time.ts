import { format, isSameDay } from 'date-fns'

/** `14:05` today, `Fri 12 Jun 14:05` on any other day: reception reads times of today at a glance. */
export function shortTime(iso: string, now: Date = new Date()): string {
  const date = new Date(iso)
  return format(date, isSameDay(date, now) ? 'HH:mm' : 'EEE d MMM HH:mm')
}
