import { firstGrapheme, normalizeName } from '@shared/domain/person-name'
import type { VisitMatch } from '@shared/schemas/visit'
import type { Visit } from './visit-model'

const maximumMatches = 5

/**
 * "Ada Lovelace" → "Ada L.": enough to recognise oneself, not enough to read a guest list. The initial
 * is a whole grapheme, so "ليلى 👩🏽‍💻" keeps its emoji whole rather than half a surrogate pair.
 */
export function maskName(name: string): string {
  const parts = name.trim().split(/\s+/)
  const first = parts[0] ?? ''
  const last = parts.length > 1 ? parts.at(-1) : undefined
  return last ? `${first} ${firstGrapheme(last).toUpperCase()}.` : first
}

/**
 * Visits whose name has a word starting with the query (at least 3 letters, checked by the
 * contract). Only a handful are returned, masked, so the kiosk never becomes a visitor list.
 */
export function searchByName(visits: readonly Visit[], query: string): VisitMatch[] {
  const wanted = normalizeName(query)
  return visits
    .filter((visit) => {
      const name = normalizeName(visit.visitor.name)
      return name.startsWith(wanted) || name.split(' ').some((word) => word.startsWith(wanted))
    })
    .slice(0, maximumMatches)
    .map((visit) => ({ visitId: visit.id, displayName: maskName(visit.visitor.name), visitTypeName: visit.visitTypeName }))
}
