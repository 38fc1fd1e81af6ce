import { describe, expect, it, vi } from 'vitest'
import { startTestApp } from '../fixtures/test-app'
import { useTempDirectory } from '../fixtures/temp-directory'

describe('saving a report as PDF', () => {
  const tempDirectory = useTempDirectory()

  it('is not offered by the browser host, whose print dialog saves PDFs, and says so in words if asked', async () => {
    const kiosk = await startTestApp(tempDirectory())
    kiosk.sessions.start('reception')
    expect(await kiosk.dispatch('system.documentSupport', {})).toEqual({ ok: true, value: { printToPdf: false } })
    expect(await kiosk.dispatch('system.printToPdf', { fileName: 'frontdesk-access-log-2025-06-12.pdf' })).toMatchObject({
      ok: false,
      error: { code: 'not_available', reason: 'pdfNotOnThisHost' },
    })
    kiosk.close()
  })

  it('goes to the Electron entry’s page PDF for staff, and only for staff', async () => {
    const save = vi.fn(async (fileName: string) => fileName.endsWith('.pdf'))
    const kiosk = await startTestApp(tempDirectory(), undefined, { pagePdf: { save } })
    expect(await kiosk.dispatch('system.printToPdf', { fileName: 'report.pdf' })).toMatchObject({ ok: false, error: { code: 'staff_locked' } })
    kiosk.sessions.start('reception')
    expect(await kiosk.dispatch('system.documentSupport', {})).toEqual({ ok: true, value: { printToPdf: true } })
    expect(await kiosk.dispatch('system.printToPdf', { fileName: 'frontdesk-access-log-2025-06-12.pdf' })).toEqual({ ok: true, value: { saved: true } })
    expect(await kiosk.dispatch('system.printToPdf', { fileName: 'C:\\report.pdf' })).toMatchObject({ ok: false, error: { code: 'invalid_request' } })
    expect(save.mock.calls).toEqual([['frontdesk-access-log-2025-06-12.pdf']])
    kiosk.close()
  })
})
