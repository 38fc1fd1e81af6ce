import { EventEmitter } from 'node:events'
import type { DownloadItem, Session } from 'electron'
import { describe, expect, it } from 'vitest'
import { guardDownloads, mayDownload } from '../../../electron/main/download-guard'
import { silentLogger } from '../../../electron/services/ports'
import { emitCancelable, FakeWebContents } from '../../fixtures/fake-web-contents'

const origins = ['app://frontdesk']

class FakeDownload {
  dialogOptions: unknown = null
  constructor(
    readonly url: string,
    readonly fileName: string,
  ) {}
  getURL = (): string => this.url
  getFilename = (): string => this.fileName
  setSaveDialogOptions = (options: unknown): void => void (this.dialogOptions = options)
  asItem = (): DownloadItem => this as unknown as DownloadItem
}

describe('mayDownload', () => {
  it('lets the kiosk window save only blobs its own origin made', () => {
    expect(mayDownload('blob:app://frontdesk/7f0c1a52-3c4e-4a3b-9a62-6d1f0e0d1c11', true, origins)).toBe(true)
    expect(mayDownload('blob:app://frontdesk/7f0c1a52', false, origins)).toBe(false)
    expect(mayDownload('blob:https://evil.example/7f0c1a52', true, origins)).toBe(false)
    expect(mayDownload('https://evil.example/setup.exe', true, origins)).toBe(false)
    expect(mayDownload('data:text/csv,a,b', true, origins)).toBe(false)
  })
})

describe('guardDownloads', () => {
  const guarded = () => {
    const session = new EventEmitter()
    const kiosk = new FakeWebContents()
    guardDownloads(session as unknown as Pick<Session, 'on'>, {
      allowedOrigins: origins,
      kioskContents: () => kiosk.asWebContents(),
      downloadsDirectory: () => '/home/desk/Downloads',
      logger: silentLogger,
    })
    return { session, kiosk }
  }

  it('opens the save dialog on the Downloads folder with the page’s file name for an export', () => {
    const { session, kiosk } = guarded()
    const item = new FakeDownload('blob:app://frontdesk/1234', 'frontdesk-access-log-2025-06-12.csv')
    expect(emitCancelable(session, 'will-download', item.asItem(), kiosk.asWebContents())).toBe(false)
    expect(item.dialogOptions).toEqual({ defaultPath: '/home/desk/Downloads/frontdesk-access-log-2025-06-12.csv', filters: [{ name: 'CSV', extensions: ['csv'] }] })
  })

  it('cancels any other download', () => {
    const { session, kiosk } = guarded()
    const foreign = new FakeDownload('https://evil.example/setup.exe', 'setup.exe')
    expect(emitCancelable(session, 'will-download', foreign.asItem(), kiosk.asWebContents())).toBe(true)
    expect(foreign.dialogOptions).toBeNull()
    const elsewhere = new FakeDownload('blob:app://frontdesk/1234', 'x.csv')
    expect(emitCancelable(session, 'will-download', elsewhere.asItem(), new FakeWebContents().asWebContents())).toBe(true)
  })
})
