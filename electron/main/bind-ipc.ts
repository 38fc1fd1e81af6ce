import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron'
import { callChannel, callNames, eventChannel } from '@shared/ipc/contract'
import type { EventName } from '@shared/ipc/events'
import { failure, type Result } from '@shared/ipc/result'
import type { Dispatch } from '../ipc/call-dispatcher'
import type { EventBus } from '../ipc/event-bus'
import type { Logger } from '../services/ports'
import { isTrustedSender } from '../security/trusted-sender'

export interface IpcBindingDeps {
  ipcMain: Pick<IpcMain, 'handle'>
  dispatch: Dispatch
  events: EventBus
  /** The kiosk window's WebContents, if it exists right now. */
  kioskContents: () => WebContents | null
  /** Staff events go out only during a staff session. */
  mayReceive: (event: EventName) => boolean
  allowedOrigins: readonly string[]
  logger: Logger
}

/**
 * Electron transport of the contract: one `ipcMain.handle` per call. Each message is served only
 * after the sender check; the dispatcher then parses the payload. Events go only to the kiosk window.
 */
export function bindIpc({ ipcMain, dispatch, events, kioskContents, mayReceive, allowedOrigins, logger }: IpcBindingDeps): void {
  for (const name of callNames) {
    ipcMain.handle(callChannel(name), (event: IpcMainInvokeEvent, payload: unknown): Promise<Result<unknown>> => {
      const trusted = isTrustedSender({
        frame: event.senderFrame,
        fromKioskWindow: event.sender === kioskContents(),
        allowedOrigins,
      })
      if (!trusted) {
        logger.warn('Refused an IPC call from an untrusted sender', { call: name, url: event.senderFrame?.url })
        return Promise.resolve(failure({ code: 'forbidden', message: 'This page may not use the kiosk.' }))
      }
      return dispatch(name, payload)
    })
  }
  events.subscribe((name, payload) => {
    if (!mayReceive(name)) return
    const contents = kioskContents()
    if (contents && !contents.isDestroyed()) contents.send(eventChannel(name), payload)
  })
}
