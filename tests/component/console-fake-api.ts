import { RouterLinkStub } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { vi, type Mock } from 'vitest'
import type { Component, Plugin } from 'vue'
import { createI18n } from 'vue-i18n'
import type { KioskApi } from '@shared/ipc/contract'
import type { AppErrorShape } from '@shared/errors'
import type { Result } from '@shared/ipc/result'
import { en } from '@renderer/locales/en'

type Handler = Mock<(request?: unknown) => Promise<Result<unknown>>>

export interface FakeKioskApi {
  api: KioskApi
  /** `calls['visits.approve']` is the mock behind `api.visits.approve`. */
  calls: Record<string, Handler>
  /** Pushes an event to every subscribed listener, as main would. */
  emit(event: string, payload: unknown): void
}

export const ok = <T>(value: T): Promise<Result<T>> => Promise.resolve({ ok: true, value })
export const fail = (error: AppErrorShape): Promise<Result<never>> => Promise.resolve({ ok: false, error })

let current: FakeKioskApi | null = null

/**
 * Stands in for `@renderer/api/kiosk-api` in component tests:
 * `vi.mock('@renderer/api/kiosk-api', async () => (await import('./console-fake-api')).fakeKioskApiModule)`.
 * Every call answers "not available" until a test says otherwise with `calls[name].mockImplementation`.
 */
export const fakeKioskApiModule = {
  isConnected: true,
  kioskApi: (): KioskApi => {
    if (!current) throw new Error('installFakeKioskApi() first')
    return current.api
  },
}

export function installFakeKioskApi(): FakeKioskApi {
  const listeners = new Map<string, Set<(payload: unknown) => void>>()
  const calls: Record<string, Handler> = {}
  const domains: Record<string, Record<string, Handler>> = {}
  const api = new Proxy(domains, {
    get: (target, domain: string) => {
      if (domain === 'subscribe') {
        return (event: string, listener: (payload: unknown) => void) => {
          const set = listeners.get(event) ?? new Set()
          set.add(listener)
          listeners.set(event, set)
          return () => set.delete(listener)
        }
      }
      target[domain] ??= new Proxy({} as Record<string, Handler>, {
        get: (methods, method: string) => {
          const name = `${domain}.${method}`
          calls[name] ??= vi.fn(() => fail({ code: 'not_available', message: `${name} is not set up in this test` }))
          methods[method] ??= calls[name]
          return methods[method]
        },
      })
      return target[domain]
    },
  }) as unknown as KioskApi
  const call = new Proxy(calls, {
    get: (target, name: string) => {
      const [domain = '', method = ''] = name.split('.')
      return (api as unknown as Record<string, Record<string, Handler>>)[domain]?.[method] ?? target[name]
    },
  })
  current = {
    api,
    calls: call,
    emit: (event, payload) => {
      for (const listener of listeners.get(event) ?? []) listener(payload)
    },
  }
  return current
}

/** What a console component needs around it: a fresh Pinia, the English texts, links as stubs. */
export function consoleMountOptions(): { plugins: Plugin[]; stubs: Record<string, Component> } {
  const pinia = createPinia()
  setActivePinia(pinia)
  const i18n = createI18n({ legacy: false, locale: 'en', messages: { en } })
  return { plugins: [pinia, i18n], stubs: { RouterLink: RouterLinkStub } }
}
