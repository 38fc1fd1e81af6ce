import { buildKioskApi } from '@shared/ipc/build-kiosk-api'
import { calls, type KioskApi } from '@shared/ipc/contract'
import { kioskEvents, type EventName } from '@shared/ipc/events'
import { resultSchemaFor, serviceUnavailable } from '@shared/ipc/result'

/**
 * `KioskApi` over the browser host: calls are JSON POSTs with the launch token, events arrive on one
 * WebSocket that reconnects by itself. Answers are checked against the contract like any input.
 */
export function createWebHostKioskApi(baseUrl: URL, token: string): KioskApi {
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>()
  connectEvents(baseUrl, token, (name, payload) => {
    for (const listener of listeners.get(name) ?? []) listener(payload)
  })

  return buildKioskApi(
    async (name, request) => {
      try {
        const response = await fetch(new URL(`api/calls/${name}`, baseUrl), {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify(request),
        })
        const parsed = resultSchemaFor(calls[name].response).safeParse(await response.json())
        return parsed.success ? parsed.data : serviceUnavailable
      } catch {
        return serviceUnavailable
      }
    },
    (event, listener) => {
      const set = listeners.get(event) ?? new Set()
      set.add(listener)
      listeners.set(event, set)
      return () => set.delete(listener)
    },
  )
}

function connectEvents(baseUrl: URL, token: string, deliver: (name: EventName, payload: unknown) => void): void {
  let attempt = 0
  const open = (): void => {
    const url = new URL('api/events', baseUrl)
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:'
    url.searchParams.set('token', token)
    const socket = new WebSocket(url)
    socket.addEventListener('open', () => {
      attempt = 0
    })
    socket.addEventListener('message', (message) => {
      const event = parseEvent(message.data)
      if (event) deliver(event.name, event.payload)
    })
    socket.addEventListener('close', () => {
      attempt += 1
      setTimeout(open, Math.min(500 * 2 ** attempt, 10_000))
    })
  }
  open()
}

function parseEvent(data: unknown): { name: EventName; payload: unknown } | null {
  if (typeof data !== 'string') return null
  try {
    const { event, payload } = JSON.parse(data) as { event?: unknown; payload?: unknown }
    if (typeof event !== 'string' || !Object.hasOwn(kioskEvents, event)) return null
    const name = event as EventName
    const checked = kioskEvents[name].safeParse(payload)
    return checked.success ? { name, payload: checked.data } : null
  } catch {
    return null
  }
}
