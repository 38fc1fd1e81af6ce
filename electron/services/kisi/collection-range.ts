/** One page's position in a Kisi list, from the `X-Collection-Range: start-end/total` header. */
export interface CollectionRange {
  offset: number
  limit: number
  total: number
}

const rangePattern = /^(?:(\d+)-(\d+)|\*)\/(\d+)$/

/**
 * `end` is the end of the range that was *requested* (offset + limit - 1), not the last item sent:
 * Kisi's own example is `10-19/15`. An empty list comes as `*\/0`, which the official client handles.
 */
export function parseCollectionRange(header: string | undefined | null): CollectionRange | null {
  const match = header ? rangePattern.exec(header.trim()) : null
  if (!match) return null
  const total = Number(match[3])
  if (match[1] === undefined || match[2] === undefined) return { offset: 0, limit: 0, total }
  const offset = Number(match[1])
  return { offset, limit: Number(match[2]) - offset + 1, total }
}

export function formatCollectionRange({ offset, limit, total }: CollectionRange): string {
  return total === 0 ? '*/0' : `${offset}-${offset + limit - 1}/${total}`
}
