import { kioskEvents, type EventName, type EventPayload } from '@shared/ipc/events'

export type EventListener = (name: EventName, payload: unknown) => void

/**
 * Main's outgoing events. Payloads are checked against the contract here, once, before any
 * transport (Electron IPC or the browser host's WebSocket) forwards them.
 */
export class EventBus {
  readonly #listeners = new Set<EventListener>()

  emit<Name extends EventName>(name: Name, payload: EventPayload<Name>): void {
    const checked = kioskEvents[name].parse(payload)
    for (const listener of this.#listeners) listener(name, checked)
  }

  subscribe(listener: EventListener): () => void {
    this.#listeners.add(listener)
    return () => this.#listeners.delete(listener)
  }
}
