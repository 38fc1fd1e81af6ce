import { format, isValid, parse } from 'date-fns'

/** The value a `datetime-local` input takes, in the kiosk's local time. */
export function toLocalInput(date: Date): string {
  return format(date, "yyyy-MM-dd'T'HH:mm")
}

/** A `datetime-local` value as an instant with offset, or null when it is empty or incomplete. */
export function fromLocalInput(value: string): string | null {
  const date = parse(value, "yyyy-MM-dd'T'HH:mm", new Date())
  return isValid(date) ? date.toISOString() : null
}
