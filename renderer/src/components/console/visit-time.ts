import { format, isSameDay, isValid, parse } from 'date-fns'

/** `14:05` today, `Fri 12 Jun 14:05` on any other day: reception reads times of today at a glance. */
export function shortTime(iso: string, now: Date = new Date()): string {
  const date = new Date(iso)
  return format(date, isSameDay(date, now) ? 'HH:mm' : 'EEE d MMM HH:mm')
}

/** The value a `datetime-local` input takes, in the kiosk's local time. */
export function toLocalInput(date: Date): string {
  return format(date, "yyyy-MM-dd'T'HH:mm")
}

/** A `datetime-local` value as an instant with offset, or null when it is empty or incomplete. */
export function fromLocalInput(value: string): string | null {
  const date = parse(value, "yyyy-MM-dd'T'HH:mm", new Date())
  return isValid(date) ? date.toISOString() : null
}
