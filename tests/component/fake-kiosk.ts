import { RouterLinkStub } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { vi, type Mock } from 'vitest'
import { createApp, type Component, type Plugin } from 'vue'
import { createI18n } from 'vue-i18n'
import type { AppErrorShape } from '@shared/errors'
import { buildKioskApi } from '@shared/ipc/build-kiosk-api'
import { callNames, type CallName } from '@shared/ipc/contract'
import type { EventName, EventPayload } from '@shared/ipc/events'
import type { Result } from '@shared/ipc/result'
import { createKioskClient, type KioskClient } from '@renderer/api/kiosk-client'
import { kioskClientPlugin } from '@renderer/api/kiosk-client-plugin'
import { en } from '@renderer/locales/en'

/** Answers one call as main would: with a `Result`, which the real client then unwraps. */
export type CallHandler = Mock<(request: unknown) => Promise<Result<unknown>>>

export interface FakeKiosk {
  /** The renderer's real client, over a transport that answers from `calls`. */
  client: KioskClient
  /** `calls['visits.approve']` answers `visits.approve`; each says "not available" until a test sets it. */
  calls: Record<CallName, CallHandler>
  /** Pushes an event to every subscribed listener, as main would. */
  emit<Name extends EventName>(event: Name, payload: EventPayload<Name>): void
  /** A fresh Pinia, active, on an app that provides the client: stores can be used at once. */
  pinia: Pinia
  /** What a component needs around it: the client, that Pinia, the English texts, links as stubs. */
  mountOptions(): { plugins: Plugin[]; stubs: Record<string, Component> }
}

export const ok = <T>(value: T): Promise<Result<T>> => Promise.resolve({ ok: true, value })
export const fail = (error: AppErrorShape): Promise<Result<never>> => Promise.resolve({ ok: false, error })

/** Kisi's code and its catalogue's words for one failure: the parameters of main's Kisi reasons. */
export interface KisiWords {
  kisiCode: string
  kisiMessage: string
  kisiHint: string
}

/** The code main pairs with each Kisi reason (electron/services/kisi/kisi-error.ts, `asAppError`). */
const kisiCodes = { kisiRefused: 'kisi_refused', kisiUnreachable: 'kisi_unreachable', kisiKeyRefused: 'kisi_not_connected' } as const

/** A Kisi failure as main answers it: the reason with Kisi's words as its parameters, and the same words as the log line. */
export const failByKisi = (reason: keyof typeof kisiCodes, words: KisiWords): Promise<Result<never>> =>
  fail({ code: kisiCodes[reason], message: `${words.kisiMessage} ${words.kisiHint}`, reason, params: { ...words } })

/** The one stand-in for main in component tests; make a new one per test. */
export function createFakeKiosk(): FakeKiosk {
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>()
  const calls = Object.fromEntries(
    callNames.map((name) => [name, vi.fn(() => fail({ code: 'not_available', message: `${name} is not set up in this test` }))]),
  ) as unknown as Record<CallName, CallHandler>
  const transport = buildKioskApi(
    (name, request) => calls[name](request),
    (event, listener) => {
      const set = listeners.get(event) ?? new Set()
      set.add(listener)
      listeners.set(event, set)
      return () => set.delete(listener)
    },
  )
  const client = createKioskClient(transport)
  const clientPlugin = kioskClientPlugin(client)
  const pinia = createPinia()
  createApp({}).use(clientPlugin).use(pinia)
  setActivePinia(pinia)
  const i18n = createI18n({ legacy: false, locale: 'en', messages: { en } })
  return {
    client,
    calls,
    pinia,
    emit: (event, payload) => {
      for (const listener of listeners.get(event) ?? []) listener(payload)
    },
    mountOptions: () => ({ plugins: [clientPlugin, pinia, i18n], stubs: { RouterLink: RouterLinkStub } }),
  }
}
