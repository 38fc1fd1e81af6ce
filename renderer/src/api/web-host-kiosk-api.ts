import { buildKioskApi } from '@shared/ipc/build-kiosk-api'
import { calls, type KioskApi } from '@shared/ipc/contract'
import { kioskEvents, type EventName } from '@shared/ipc/events'
import { resultSchemaFor, serviceUnavailable } from '@shared/ipc/result'
import { HostConnection } from './host-connection'

/** How long a call waits for a restarting host before it fails as unanswered. */
const callPatienceMs = 10_000
/** The longest wait between tries to reach the host again: a kiosk should be back within seconds. */
const longestRetryMs = 5_000

/**
 * `KioskApi` over the browser host: calls are JSON POSTs with the token, events arrive on one
 * WebSocket. When the host goes away (a restart) the socket tries again with growing waits and calls
 * wait for it; `connection` tells the screen which of the two happened, or that the host refuses the
 * token for good. Answers are checked against the contract like any input.
 */
export function createWebHostKioskApi(baseUrl: URL, token: string, connection = new HostConnection()): KioskApi {
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>()
  const post = (name: string, request: unknown): Promise<Response> =>
    fetch(new URL(`api/calls/${name}`, baseUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(request),
    })
  connectEvents(baseUrl, token, connection, post, (name, payload) => {
    for (const listener of listeners.get(name) ?? []) listener(payload)
  })

  return buildKioskApi(
    async (name, request) => {
      await connection.whenConnected(callPatienceMs)
      try {
        const response = await post(name, request)
        if (response.status === 401) connection.set('refused')
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

type Post = (name: string, request: unknown) => Promise<Response>

/**
 * Keeps the event socket open. A browser does not show why an upgrade failed, so after a close a
 * plain call asks first: no answer means the host is still away (try again later), 401 means it no
 * longer takes this token (stop: the page must be opened anew with the printed address).
 */
function connectEvents(baseUrl: URL, token: string, connection: HostConnection, post: Post, deliver: (name: EventName, payload: unknown) => void): void {
  let attempt = 0
  const later = (): void => {
    attempt += 1
    setTimeout(() => void tryAgain(), Math.min(500 * 2 ** attempt, longestRetryMs))
  }
  const tryAgain = async (): Promise<void> => {
    const status = await post('kiosk.status', {}).then(
      (response) => response.status,
      () => null,
    )
    if (status === 401) connection.set('refused')
    else if (status === null) later()
    else open()
  }
  const open = (): void => {
    const url = new URL('api/events', baseUrl)
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:'
    url.searchParams.set('token', token)
    const socket = new WebSocket(url)
    socket.addEventListener('open', () => {
      attempt = 0
      connection.set('connected')
    })
    socket.addEventListener('message', (message) => {
      const event = parseEvent(message.data)
      if (event) deliver(event.name, event.payload)
    })
    socket.addEventListener('close', () => {
      connection.set('reconnecting')
      later()
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
