import { hasAllowedOrigin } from './origin'

/** The parts of Electron's `WebFrameMain` the check reads. */
export interface SenderFrame {
  readonly url: string
  readonly parent: unknown
}

export interface SenderCheck {
  frame: SenderFrame | null | undefined
  /** Whether the sending WebContents belongs to the kiosk window main created. */
  fromKioskWindow: boolean
  allowedOrigins: readonly string[]
}

/**
 * An IPC message is served only when it comes from the top frame of our own window showing our own
 * origin. Anything else (an iframe, a navigated-away page, another window) is refused.
 * @see https://www.electronjs.org/docs/latest/tutorial/security#17-validate-the-sender-of-all-ipc-messages
 */
export function isTrustedSender({ frame, fromKioskWindow, allowedOrigins }: SenderCheck): boolean {
  if (!fromKioskWindow || !frame) return false
  if (frame.parent !== null) return false
  return hasAllowedOrigin(frame.url, allowedOrigins)
}
