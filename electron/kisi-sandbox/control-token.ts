import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import type { IncomingHttpHeaders } from 'node:http'

/** A fresh token for the control routes of `npm run sandbox`: 24 random bytes, base64url. */
export function createControlToken(): string {
  return randomBytes(24).toString('base64url')
}

/** Long enough not to be guessed, and free of spaces so it fits one `Bearer` header. */
export function isUsableControlToken(token: string): boolean {
  return /^[\x21-\x7e]{16,}$/.test(token)
}

const digest = (text: string): Buffer => createHash('sha256').update(text).digest()

/**
 * Whether the request carries `Authorization: Bearer <token>`. The digests are compared in constant
 * time and always have the same length, so timing tells a guesser nothing about how close it came.
 */
export function carriesControlToken(headers: IncomingHttpHeaders, token: string): boolean {
  const presented = /^Bearer\s+(\S+)\s*$/i.exec(headers.authorization ?? '')?.[1]
  return presented !== undefined && timingSafeEqual(digest(presented), digest(token))
}
