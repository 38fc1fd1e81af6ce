import { inject, onScopeDispose, shallowRef, type InjectionKey, type Plugin, type Ref } from 'vue'

/**
 * Whether main can be reached. `reconnecting`: the browser host is gone for now (restarting, say) and
 * the page is trying again by itself. `refused`: the host no longer takes this page's token (it was
 * started with `--new-token`); nothing this page sends will ever be accepted, so it stops trying.
 */
export type HostConnectionState = 'connected' | 'reconnecting' | 'refused'

/** The page's side of its link to main, as the transport sees it. Electron's IPC is always connected. */
export class HostConnection {
  #state: HostConnectionState = 'connected'
  readonly #listeners = new Set<(state: HostConnectionState) => void>()

  get state(): HostConnectionState {
    return this.#state
  }

  /** A refusal is final: the token cannot become valid again. */
  set(state: HostConnectionState): void {
    if (this.#state === state || this.#state === 'refused') return
    this.#state = state
    for (const listener of this.#listeners) listener(state)
  }

  onChange(listener: (state: HostConnectionState) => void): () => void {
    this.#listeners.add(listener)
    return () => this.#listeners.delete(listener)
  }

  /** Resolves once connected (true), refused or after `timeoutMs` (false): a call waits out a short restart. */
  whenConnected(timeoutMs: number): Promise<boolean> {
    if (this.#state !== 'reconnecting') return Promise.resolve(this.#state === 'connected')
    return new Promise((resolve) => {
      const finish = (connected: boolean): void => {
        clearTimeout(timer)
        stop()
        resolve(connected)
      }
      const timer = setTimeout(() => finish(false), timeoutMs)
      const stop = this.onChange((state) => finish(state === 'connected'))
    })
  }
}

const hostConnectionKey: InjectionKey<HostConnection> = Symbol('host connection')

export function hostConnectionPlugin(connection: HostConnection): Plugin {
  return { install: (app) => void app.provide(hostConnectionKey, connection) }
}

/** The connection's state for a component; always `connected` where no transport provided one (tests, Electron). */
export function useConnectionState(): Readonly<Ref<HostConnectionState>> {
  const connection = inject(hostConnectionKey, null)
  const state = shallowRef<HostConnectionState>(connection?.state ?? 'connected')
  if (connection) onScopeDispose(connection.onChange((next) => (state.value = next)))
  return state
}
