import type { AuthMode } from './authentication'
import type { Caller, Millis, UserRecord } from './sandbox-model'
import type { SandboxState } from './sandbox-state'
import { denials, SandboxWireError } from './wire-errors'

/** What every handler can reach: the organisation and the sandbox's (possibly skewed) clock. */
export interface SandboxContext {
  readonly state: SandboxState
  /** Real time plus the clock-skew fault. */
  now(): Millis
  /** Unskewed time, for the sandbox's own bookkeeping (event-set readiness, rate windows). */
  realNow(): Millis
  readonly eventSetDelayMs: number
}

export interface RouteRequest {
  readonly params: Readonly<Record<string, string>>
  readonly query: URLSearchParams
  readonly body: unknown
  readonly caller: Caller | null
  readonly sandbox: SandboxContext
}

export type RouteReply = { status: 200; body: unknown; collectionRange?: string } | { status: 204 }

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'

export interface Route {
  method: HttpMethod
  /** e.g. '/locks/:id/unlock' */
  pattern: string
  auth: AuthMode
  /** A quota of its own on top of the per-user one (Kisi: POST /event_sets 1/s). */
  ownQuota?: 'event-sets'
  handle(request: RouteRequest): RouteReply
}

export const ok = (body: unknown): RouteReply => ({ status: 200, body })
export const noContent: RouteReply = { status: 204 }
export const listReply = (page: { items: unknown[]; range: string }): RouteReply => ({ status: 200, body: page.items, collectionRange: page.range })

/** Kisi updates are PATCH, but Rails routes PUT to the same action and the JS client only has put(). */
export function updateRoutes(pattern: string, auth: AuthMode, handle: Route['handle']): Route[] {
  return [
    { method: 'PATCH', pattern, auth, handle },
    { method: 'PUT', pattern, auth, handle },
  ]
}

/** The `{id}` path parameter; a non-numeric id cannot name anything, so it is a 404 like an unknown one. */
export function idParam(request: RouteRequest, name = 'id'): number {
  const raw = request.params[name] ?? ''
  if (!/^\d+$/.test(raw)) throw new SandboxWireError(denials.notFound)
  return Number(raw)
}

export function findById<T extends { id: number }>(items: readonly T[], id: number): T {
  const found = items.find((item) => item.id === id)
  if (!found) throw new SandboxWireError(denials.notFound)
  return found
}

/** The signed-in user; routes whose auth mode admits only users call this. */
export function callerUser(request: RouteRequest): UserRecord {
  if (request.caller?.kind !== 'login') throw new SandboxWireError(denials.unauthorized)
  return request.caller.user
}

export interface RouteMatch<T> {
  route: T
  params: Record<string, string>
}

function safeDecode(segment: string): string | null {
  try {
    return decodeURIComponent(segment)
  } catch {
    return null
  }
}

/** Finds the first entry whose method and `/segment/:param` pattern fit the request. */
export function matchRoute<T extends { method: string; pattern: string }>(routes: readonly T[], method: string, pathname: string): RouteMatch<T> | null {
  const segments = pathname.replace(/\/+$/, '').split('/')
  for (const route of routes) {
    if (route.method !== method) continue
    const parts = route.pattern.split('/')
    if (parts.length !== segments.length) continue
    const params: Record<string, string> = {}
    const matches = parts.every((part, index) => {
      const segment = segments[index] ?? ''
      if (part.startsWith(':')) {
        const value = safeDecode(segment)
        if (value === null || value === '') return false
        params[part.slice(1)] = value
        return true
      }
      return part === segment
    })
    if (matches) return { route, params }
  }
  return null
}
