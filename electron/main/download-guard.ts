import type { DownloadItem, Session, WebContents } from 'electron'
import { basename, extname, join } from 'node:path'
import type { Logger } from '../services/ports'
import { hasAllowedOrigin } from '../security/origin'

export interface DownloadGuardDeps {
  allowedOrigins: readonly string[]
  /** The kiosk window's WebContents, if it exists right now. */
  kioskContents: () => WebContents | null
  downloadsDirectory: () => string
  logger: Logger
}

/**
 * Only files our own page made may be saved: a `blob:` URL created by our origin in the kiosk window
 * (the access log's CSV export). Anything else — a link to the web, a `data:` URL, another window —
 * is refused, as the navigation guard refuses leaving our pages.
 */
export function mayDownload(url: string, fromKioskWindow: boolean, allowedOrigins: readonly string[]): boolean {
  return fromKioskWindow && url.startsWith('blob:') && hasAllowedOrigin(url.slice('blob:'.length), allowedOrigins)
}

/**
 * An `<a download>` of a blob works in the Electron app as in a browser: Electron's own save dialog
 * opens (no save path is set), proposing the page's file name in the Downloads folder.
 * @see https://www.electronjs.org/docs/latest/api/download-item
 */
export function guardDownloads(session: Pick<Session, 'on'>, deps: DownloadGuardDeps): void {
  session.on('will-download', (event: { preventDefault(): void }, item: DownloadItem, contents: WebContents) => {
    const url = item.getURL()
    if (!mayDownload(url, contents === deps.kioskContents(), deps.allowedOrigins)) {
      deps.logger.warn('Refused a download the kiosk page did not make', { url: url.slice(0, 200) })
      event.preventDefault()
      return
    }
    const fileName = basename(item.getFilename())
    const extension = extname(fileName).slice(1)
    item.setSaveDialogOptions({
      defaultPath: join(deps.downloadsDirectory(), fileName),
      filters: extension ? [{ name: extension.toUpperCase(), extensions: [extension] }] : [],
    })
  })
}
