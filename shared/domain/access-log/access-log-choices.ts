import type { AccessLogEntry } from '../../schemas/access-log'

/** A door the day's lines name, for the door filter. */
export interface AccessLogDoorChoice {
  id: number
  name: string
}

/** What the filters can offer for a day: the doors and people that occur in it, sorted by name. */
export interface AccessLogChoices {
  doors: AccessLogDoorChoice[]
  people: string[]
}

const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true })

export function accessLogChoices(entries: readonly AccessLogEntry[]): AccessLogChoices {
  const doors = new Map<number, string>()
  const people = new Set<string>()
  for (const entry of entries) {
    if (entry.doorId !== null && !doors.has(entry.doorId)) doors.set(entry.doorId, entry.doorName ?? `#${entry.doorId}`)
    if (entry.person !== null) people.add(entry.person)
  }
  return {
    doors: [...doors].map(([id, name]) => ({ id, name })).sort((a, b) => byName.compare(a.name, b.name)),
    people: [...people].sort(byName.compare),
  }
}
