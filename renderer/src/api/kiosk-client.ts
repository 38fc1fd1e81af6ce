import { AppError } from '@shared/errors'
import { splitCallName } from '@shared/ipc/build-kiosk-api'
import { callNames, type KioskApi } from '@shared/ipc/contract'
import type { Result } from '@shared/ipc/result'

type Unwrapped<Method> = Method extends (...args: infer Args) => Promise<Result<infer Value>> ? (...args: Args) => Promise<Value> : never

/**
 * The kiosk API as the renderer uses it: each call resolves to its response and throws an `AppError`
 * when main answered with one, so no caller handles a `Result`.
 */
export type KioskClient = {
  readonly [Domain in Exclude<keyof KioskApi, 'subscribe'>]: {
    readonly [Method in keyof KioskApi[Domain]]: Unwrapped<KioskApi[Domain][Method]>
  }
} & Pick<KioskApi, 'subscribe'>

type TransportCall = (request?: unknown) => Promise<Result<unknown>>

/** Builds the client once over a transport: the preload's `window.kiosk`, the browser host, or a test's fake. */
export function createKioskClient(transport: KioskApi): KioskClient {
  const domains: Record<string, Record<string, (request?: unknown) => Promise<unknown>>> = {}
  for (const name of callNames) {
    const [domain, method] = splitCallName(name)
    const call = (transport as unknown as Record<string, Record<string, TransportCall>>)[domain]?.[method] as TransportCall
    domains[domain] ??= {}
    domains[domain][method] = async (request) => {
      const result = await call(request)
      if (!result.ok) throw AppError.fromShape(result.error)
      return result.value
    }
  }
  return { ...domains, subscribe: transport.subscribe } as unknown as KioskClient
}
