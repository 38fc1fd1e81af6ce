import type { IpcRenderer, IpcRendererEvent } from 'electron'
import { buildKioskApi } from '@shared/ipc/build-kiosk-api'
import { callChannel, eventChannel, type KioskApi } from '@shared/ipc/contract'
import { eventNames } from '@shared/ipc/events'
import { serviceUnavailable, type Result } from '@shared/ipc/result'

/**
 * `window.kiosk` for the Electron transport: named methods only. The renderer never receives
 * `ipcRenderer`, a channel name or an `IpcRendererEvent` (whose `sender` leads back to IPC).
 * @see https://www.electronjs.org/docs/latest/tutorial/security#20-do-not-expose-electron-apis-to-untrusted-web-content
 */
export function createPreloadApi(ipc: Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>): KioskApi {
  return buildKioskApi(
    async (name, request) => {
      try {
        return (await ipc.invoke(callChannel(name), request)) as Result<unknown>
      } catch {
        return serviceUnavailable
      }
    },
    (event, listener) => {
      if (!eventNames.includes(event)) throw new Error(`Unknown kiosk event "${String(event)}"`)
      const channel = eventChannel(event)
      const forward = (_event: IpcRendererEvent, payload: unknown): void => listener(payload)
      ipc.on(channel, forward)
      return () => {
        ipc.removeListener(channel, forward)
      }
    },
  )
}
