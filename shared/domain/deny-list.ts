import type { DenyList } from '../schemas/visit-policy'

/** Case, accents and spacing do not make a different person. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * Whether a visitor matches the deny list: the whole name, the whole e-mail address, or an
 * `@domain` entry. A match holds the check-in for reception; the visitor is never told why.
 */
export function matchesDenyList(list: DenyList, visitor: { name: string; email?: string | undefined }): boolean {
  const name = normalizeName(visitor.name)
  if (list.names.some((entry) => normalizeName(entry) === name)) return true
  const email = visitor.email?.trim().toLowerCase()
  if (!email) return false
  const domain = email.slice(email.indexOf('@'))
  return list.emails.some((entry) => entry === email || (entry.startsWith('@') && entry === domain))
}
