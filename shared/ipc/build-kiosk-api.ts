import { callNames, type CallName, type KioskApi } from './contract'
import type { Result } from './result'
import type { EventName } from './events'

export type Invoke = (name: CallName, request: unknown) => Promise<Result<unknown>>
export type Subscribe = (event: EventName, listener: (payload: unknown) => void) => () => void

/**
 * Builds the `KioskApi` object over any transport. Both the preload (Electron IPC) and the renderer's
 * host client (HTTP) use it, so the method names can never drift from the contract.
 */
export function buildKioskApi(invoke: Invoke, subscribe: Subscribe): KioskApi {
  const domains: Record<string, Record<string, (request?: unknown) => Promise<Result<unknown>>>> = {}
  for (const name of callNames) {
    const [domain, method] = splitCallName(name)
    domains[domain] ??= {}
    domains[domain][method] = (request?: unknown) => invoke(name, request ?? {})
  }
  return { ...domains, subscribe } as unknown as KioskApi
}

/** `visits.checkIn` → `['visits', 'checkIn']`: the domain object and the method on it. */
export function splitCallName(name: CallName): [string, string] {
  const dot = name.indexOf('.')
  return [name.slice(0, dot), name.slice(dot + 1)]
}
