import type { WebContents } from 'electron'
import { hasAllowedOrigin } from '../security/origin'

/**
 * Keeps every WebContents on our own pages: no navigation elsewhere, no new windows, no webviews.
 * A kiosk has no reason to open anything external, so nothing is handed to the OS browser either.
 * @see https://www.electronjs.org/docs/latest/tutorial/security#13-disable-or-limit-navigation
 * @see https://www.electronjs.org/docs/latest/tutorial/security#14-disable-or-limit-creation-of-new-windows
 * @see https://www.electronjs.org/docs/latest/tutorial/security#12-verify-webview-options-before-creation
 */
export function guardWebContents(contents: WebContents, allowedOrigins: readonly string[]): void {
  const refuseForeign = (event: { preventDefault(): void }, url: string): void => {
    if (!hasAllowedOrigin(url, allowedOrigins)) event.preventDefault()
  }
  contents.on('will-navigate', refuseForeign)
  contents.on('will-redirect', refuseForeign)
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
}
