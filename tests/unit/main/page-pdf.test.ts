import { describe, expect, it, vi } from 'vitest'
import { AppError } from '@shared/errors'
import { createPagePdf, pagePdfOptions, type PagePdfDeps } from '../../../electron/main/page-pdf'
import { silentLogger } from '../../../electron/services/ports'
import { FakeWebContents } from '../../fixtures/fake-web-contents'

function pagePdfWith(overrides: Partial<PagePdfDeps> = {}) {
  const contents = new FakeWebContents()
  const written: { path: string; data: Uint8Array }[] = []
  const askWhereToSave = vi.fn(async (defaultPath: string) => `${defaultPath}.chosen`)
  const pdf = createPagePdf({
    contents: () => contents.asWebContents(),
    askWhereToSave,
    writeFile: async (path, data) => void written.push({ path, data }),
    downloadsDirectory: () => '/home/desk/Downloads',
    logger: silentLogger,
    ...overrides,
  })
  return { pdf, contents, written, askWhereToSave }
}

describe('createPagePdf', () => {
  it('prints the page with the print stylesheet, then saves the bytes where the person chose', async () => {
    const { pdf, contents, written, askWhereToSave } = pagePdfWith()
    expect(await pdf.save('frontdesk-access-log-2025-06-12.pdf')).toBe(true)
    expect(contents.printedToPdf).toEqual([pagePdfOptions])
    expect(askWhereToSave).toHaveBeenCalledWith('/home/desk/Downloads/frontdesk-access-log-2025-06-12.pdf')
    expect(written).toEqual([{ path: '/home/desk/Downloads/frontdesk-access-log-2025-06-12.pdf.chosen', data: Buffer.from(contents.pdfBytes) }])
  })

  it('writes nothing when the person cancels the dialog', async () => {
    const { pdf, written } = pagePdfWith({ askWhereToSave: async () => null })
    expect(await pdf.save('report.pdf')).toBe(false)
    expect(written).toEqual([])
  })

  it('keeps a proposed name inside the Downloads folder', async () => {
    const { pdf, askWhereToSave } = pagePdfWith()
    await pdf.save('../../etc/report.pdf')
    expect(askWhereToSave).toHaveBeenCalledWith('/home/desk/Downloads/report.pdf')
  })

  it('says why in words when the file cannot be written, or the window is gone', async () => {
    const refused = pagePdfWith({ writeFile: () => Promise.reject(new Error('EACCES: permission denied')) })
    const failure = await refused.pdf.save('report.pdf').catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(AppError)
    expect(failure).toMatchObject({ code: 'unavailable', reason: 'pdfNotSaved', params: { problem: 'EACCES: permission denied' } })
    await expect(pagePdfWith({ contents: () => null }).pdf.save('report.pdf')).rejects.toMatchObject({ reason: 'pdfNotSaved' })
  })
})
