import { denials, SandboxWireError } from './wire-errors'

/** An endpoint's `limit` default and maximum, from its page in Kisi's API reference. */
export interface PageLimits {
  defaultLimit: number
  maxLimit: number
}

export interface RequestedPage {
  offset: number
  limit: number
}

const maxOffset = 20_000

function badParameter(name: string, expectation: string, value: string): SandboxWireError {
  return new SandboxWireError(denials.badRequest, `${name} must be ${expectation} (got "${value}")`)
}

/** A whole-number query parameter, or undefined when absent; anything else is a 400. */
export function readInteger(query: URLSearchParams, name: string): number | undefined {
  const value = query.get(name)
  if (value === null || value === '') return undefined
  if (!/^-?\d+$/.test(value)) throw badParameter(name, 'a whole number', value)
  return Number(value)
}

/** `ids=1,2,3` (the likely Kisi form) or Rails' repeated `ids[]=1&ids[]=2`. */
export function readIds(query: URLSearchParams): Set<number> | undefined {
  const raw = [...query.getAll('ids'), ...query.getAll('ids[]')].flatMap((value) => value.split(',')).map((part) => part.trim()).filter(Boolean)
  if (raw.length === 0) return undefined
  const bad = raw.find((part) => !/^\d+$/.test(part))
  if (bad !== undefined) throw badParameter('ids', 'comma-separated whole numbers', bad)
  return new Set(raw.map(Number))
}

/** Free-text `query`, lower-cased for a case-insensitive substring match. */
export function readSearch(query: URLSearchParams): string | undefined {
  const value = query.get('query')?.trim().toLowerCase()
  return value ? value : undefined
}

export function matchesSearch(search: string | undefined, ...fields: (string | null)[]): boolean {
  return search === undefined || fields.some((field) => field?.toLowerCase().includes(search))
}

/**
 * `limit` above the endpoint's maximum is clamped to it (what lenient APIs do and what keeps a
 * walk-all-pages client working); a negative, zero or non-numeric limit or offset, or an offset
 * above 20000, is a 400 because the client is plainly wrong.
 */
export function readPage(query: URLSearchParams, limits: PageLimits): RequestedPage {
  const limit = readInteger(query, 'limit') ?? limits.defaultLimit
  const offset = readInteger(query, 'offset') ?? 0
  if (limit < 1) throw badParameter('limit', 'at least 1', String(limit))
  if (offset < 0 || offset > maxOffset) throw badParameter('offset', `from 0 to ${maxOffset}`, String(offset))
  return { offset, limit: Math.min(limit, limits.maxLimit) }
}

/**
 * `X-Collection-Range: start-end/total`, where `end` closes the range that was *requested*
 * (offset + limit - 1), not the last item sent: Kisi's own example is `10-19/15`. An empty list is `*\/0`.
 */
function collectionRange({ offset, limit }: RequestedPage, total: number): string {
  return total === 0 ? '*/0' : `${offset}-${offset + limit - 1}/${total}`
}

export function paginate<T>(items: readonly T[], page: RequestedPage): { items: T[]; range: string } {
  return { items: items.slice(page.offset, page.offset + page.limit), range: collectionRange(page, items.length) }
}

/** `sort=name` / `sort=-name`; otherwise creation order (ids ascending). */
export function sortByName<T extends { name: string }>(items: T[], query: URLSearchParams): T[] {
  const sort = query.get('sort')
  if (sort !== 'name' && sort !== '-name') return items
  const sorted = [...items].sort((a, b) => a.name.localeCompare(b.name))
  return sort === 'name' ? sorted : sorted.reverse()
}
