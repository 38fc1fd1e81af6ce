import type { FieldErrors } from '@renderer/composables/field-errors'
import type { VisitType } from '@shared/schemas/visit-policy'

/** `Site Visit (B)` → `site-visit-b`; a taken id gets `-2`, `-3` … so each type keeps its own. */
export function slugOf(name: string, taken: readonly string[]): string {
  const base =
    name
      .normalize('NFKD')
      .replace(/\p{Diacritic}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 36) || 'visit-type'
  let candidate = base
  for (let suffix = 2; taken.includes(candidate); suffix += 1) candidate = `${base}-${suffix}`
  return candidate
}

/** A new type asks only for the name and the host and opens no doors until a group is chosen. */
export function newVisitType(name: string, taken: readonly string[]): VisitType {
  return {
    id: slugOf(name, taken),
    name,
    fields: { email: 'optional', phone: 'off', company: 'optional', host: 'required', purpose: 'off' },
    agreement: null,
    access: null,
    accessWindow: { mode: 'hours', hours: 8 },
    maxAccessHours: 12,
    checkInDays: [1, 2, 3, 4, 5],
    checkInFrom: '08:00',
    checkInUntil: '18:00',
    requiresApproval: false,
    autoCheckOutTime: '20:00',
  }
}

/** Puts `next` at `index`. A type not saved yet takes its id from its name; a saved id never changes, visits refer to it. */
export function replaceType(types: readonly VisitType[], index: number, next: VisitType, savedIds: readonly string[]): VisitType[] {
  const others = types.filter((_, position) => position !== index).map((type) => type.id)
  const isNew = !savedIds.includes(types[index]?.id ?? '')
  const updated = isNew ? { ...next, id: slugOf(next.name, others) } : next
  return types.map((type, position) => (position === index ? updated : type))
}

/** The entries of a one-per-line text box, blank lines dropped. */
export function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
}

/** The errors under `prefix.`, keyed by the rest of their path. */
export function errorsUnder(errors: FieldErrors, prefix: string): FieldErrors {
  return Object.fromEntries(Object.entries(errors).flatMap(([path, message]) => (path.startsWith(`${prefix}.`) ? [[path.slice(prefix.length + 1), message]] : [])))
}
