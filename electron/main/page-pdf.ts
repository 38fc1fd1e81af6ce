import type { PrintToPDFOptions, WebContents } from 'electron'
import { basename, join } from 'node:path'
import { failedBecause } from '@shared/errors'
import type { Logger, PagePdf } from '../services/ports'

export interface PagePdfDeps {
  /** The kiosk window's page now, if it is open. */
  contents: () => Pick<WebContents, 'printToPDF'> | null
  /** The save dialog over the kiosk window, proposing this path: the chosen path, or null when cancelled. */
  askWhereToSave: (defaultPath: string) => Promise<string | null>
  writeFile: (path: string, data: Uint8Array) => Promise<void>
  downloadsDirectory: () => string
  logger: Logger
}

/** A4 with the page's own @page size when it sets one, backgrounds kept (the report's tiles are shaded). */
export const pagePdfOptions = { pageSize: 'A4', printBackground: true, preferCSSPageSize: true } as const satisfies PrintToPDFOptions

/**
 * "Save report as PDF" in the Electron app (issue 12): Chromium lays the page out for print — the
 * renderer has mounted its print-only report by then — and the person picks where the file goes.
 * The page is printed before the dialog opens, so what is saved is what was on screen when asked.
 * Only main touches the file system; the renderer names the file, never its folder.
 */
export function createPagePdf(deps: PagePdfDeps): PagePdf {
  return {
    async save(fileName) {
      const contents = deps.contents()
      if (!contents) throw failedBecause('not_available', 'pdfNotSaved', { problem: 'the kiosk window is closed' }, 'No kiosk window to print')
      const pdf = await contents.printToPDF(pagePdfOptions)
      const path = await deps.askWhereToSave(join(deps.downloadsDirectory(), basename(fileName)))
      if (path === null) return false
      try {
        await deps.writeFile(path, pdf)
      } catch (error) {
        const problem = error instanceof Error ? error.message : String(error)
        deps.logger.warn('A report PDF could not be written', { path, problem })
        throw failedBecause('unavailable', 'pdfNotSaved', { problem }, `Writing ${path} failed: ${problem}`)
      }
      deps.logger.info('Saved a report as PDF', { path })
      return true
    },
  }
}
