import { timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

export function tokenMatches(presented: string | null | undefined, token: string): boolean {
  if (!presented) return false
  const a = Buffer.from(presented)
  const b = Buffer.from(token)
  return a.length === b.length && timingSafeEqual(a, b)
}

export function bearerToken(request: IncomingMessage): string | null {
  const header = request.headers.authorization
  return header?.startsWith('Bearer ') ? header.slice('Bearer '.length) : null
}
