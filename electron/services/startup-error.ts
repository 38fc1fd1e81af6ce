/**
 * A reason the kiosk cannot start, worded for the person installing it. Entry points show the
 * message as it is (dialog in Electron, one line in the browser host) and exit without a stack trace.
 */
export class StartupError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'StartupError'
  }
}
