import type { IncomingHttpHeaders } from 'node:http'
import type { Caller } from './sandbox-model'
import type { SandboxState } from './sandbox-state'
import { denials, SandboxWireError } from './wire-errors'

/**
 * Who may call a route: `optional` (sign-in, which takes credentials in the body), any signed-in
 * `user`, an organisation `admin`, or a user or a group-link secret (`user-or-link`, the few
 * operations whose OpenAPI security lists Kisi-Group-Link).
 */
export type AuthMode = 'optional' | 'user' | 'admin' | 'user-or-link'

type Credential = { kind: 'none' } | { kind: 'login' | 'group-link'; secret: string }

/** `Authorization: KISI-LOGIN <secret>` / `KISI-GROUP-LINK <secret>`, or the legacy `X-Login-Secret`. */
export function readCredential(headers: IncomingHttpHeaders): Credential {
  const match = /^(KISI-LOGIN|KISI-GROUP-LINK)\s+(\S+)\s*$/i.exec(headers.authorization ?? '')
  if (match?.[1] && match[2]) return { kind: match[1].toUpperCase() === 'KISI-LOGIN' ? 'login' : 'group-link', secret: match[2] }
  const legacy = headers['x-login-secret']
  if (typeof legacy === 'string' && legacy.trim() !== '') return { kind: 'login', secret: legacy.trim() }
  return { kind: 'none' }
}

function findCaller(state: SandboxState, credential: Credential): Caller | null {
  if (credential.kind === 'login') {
    const login = state.logins.find((candidate) => candidate.secret === credential.secret)
    const user = login && state.users.find((candidate) => candidate.id === login.userId)
    return login && user ? { kind: 'login', login, user } : null
  }
  if (credential.kind === 'group-link') {
    const link = state.groupLinks.find((candidate) => candidate.secret === credential.secret)
    return link ? { kind: 'group-link', link } : null
  }
  return null
}

/** The caller a route sees, or a SandboxWireError (401/403) when the route's mode does not admit them. */
export function authenticate(state: SandboxState, headers: IncomingHttpHeaders, mode: AuthMode): Caller | null {
  const credential = readCredential(headers)
  const caller = findCaller(state, credential)
  if (mode === 'optional') return caller?.kind === 'login' ? caller : null
  if (credential.kind === 'group-link') {
    if (mode !== 'user-or-link') throw new SandboxWireError(denials.unauthorized)
    // A deleted link's secret gets Kisi's "link is invalid" code rather than a bare 401, so a
    // client can tell a revoked visitor link from a broken API key.
    if (!caller) throw new SandboxWireError(denials.linkInvalid)
    return caller
  }
  if (caller?.kind !== 'login') throw new SandboxWireError(denials.unauthorized)
  if (mode === 'admin' && !caller.user.admin) throw new SandboxWireError(denials.forbidden)
  return caller
}

/** The key the per-second quota is counted under: Kisi counts per user, or per IP without sign-in. */
export function quotaKey(state: SandboxState, headers: IncomingHttpHeaders, remoteAddress: string | undefined): string {
  const caller = findCaller(state, readCredential(headers))
  if (caller?.kind === 'login') return `user:${caller.user.id}`
  if (caller?.kind === 'group-link') return `group-link:${caller.link.id}`
  return `ip:${remoteAddress ?? 'unknown'}`
}
