import type { z } from 'zod'
import type { Result } from './result'
import type { EventName, EventPayload } from './events'
import { accessLogCalls } from './access-log-calls'
import { accessLogVisitCalls } from './access-log-visit-calls'
import { accountCalls } from './account-calls'
import { auditCalls } from './audit-calls'
import { badgeCalls } from './badge-calls'
import { kioskCalls } from './kiosk-calls'
import { kisiCalls } from './kisi-calls'
import { notificationCalls } from './notification-calls'
import { policyCalls } from './policy-calls'
import { scannerCalls } from './scanner-calls'
import { settingsCalls } from './settings-calls'
import { staffCalls } from './staff-calls'
import { systemCalls } from './system-calls'
import { visitCalls } from './visit-calls'

/**
 * The one list of calls between the renderer and main. The Electron binding, the browser host and
 * the renderer's API object are all generated from it.
 */
export const calls = {
  ...kioskCalls,
  ...settingsCalls,
  ...systemCalls,
  ...staffCalls,
  ...policyCalls,
  ...visitCalls,
  ...kisiCalls,
  ...accountCalls,
  ...badgeCalls,
  ...auditCalls,
  ...notificationCalls,
  ...scannerCalls,
  ...accessLogCalls,
  ...accessLogVisitCalls,
} as const

export type Calls = typeof calls
export type CallName = keyof Calls & string
export type CallRequest<Name extends CallName> = z.input<Calls[Name]['request']>
export type ParsedRequest<Name extends CallName> = z.output<Calls[Name]['request']>
export type CallResponse<Name extends CallName> = z.output<Calls[Name]['response']>

export const callNames = Object.keys(calls) as CallName[]

export function isCallName(name: string): name is CallName {
  return Object.hasOwn(calls, name)
}

/** Electron channel of a call or event; the prefix lets main ignore anything that is not ours. */
export const callChannel = (name: CallName): string => `kiosk:call:${name}`
export const eventChannel = (name: EventName): string => `kiosk:event:${name}`

type DomainOf<Name> = Name extends `${infer Domain}.${string}` ? Domain : never
type MethodOf<Name, Domain extends string> = Name extends `${Domain}.${infer Method}` ? Method : never
type CallMethod<Name extends CallName> =
  Record<string, never> extends CallRequest<Name>
    ? (request?: CallRequest<Name>) => Promise<Result<CallResponse<Name>>>
    : (request: CallRequest<Name>) => Promise<Result<CallResponse<Name>>>

/** `window.kiosk`: one named method per call, grouped by domain (`kiosk.staff.unlock({pin})`). */
export type KioskApi = {
  readonly [Domain in DomainOf<CallName>]: {
    readonly [Method in MethodOf<CallName, Domain>]: CallMethod<Extract<`${Domain}.${Method}`, CallName>>
  }
} & {
  readonly subscribe: <Name extends EventName>(
    event: Name,
    listener: (payload: EventPayload<Name>) => void,
  ) => () => void
}
