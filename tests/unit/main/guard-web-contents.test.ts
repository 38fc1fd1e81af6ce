import { describe, expect, it } from 'vitest'
import { guardWebContents } from '../../../electron/main/guard-web-contents'
import { emitCancelable, FakeWebContents } from '../../fixtures/fake-web-contents'

describe('guardWebContents', () => {
  const guarded = (): FakeWebContents => {
    const contents = new FakeWebContents()
    guardWebContents(contents.asWebContents(), ['app://frontdesk'])
    return contents
  }

  it('keeps navigation and redirects on our own origin', () => {
    const contents = guarded()
    expect(emitCancelable(contents, 'will-navigate', 'app://frontdesk/index.html#/staff')).toBe(false)
    expect(emitCancelable(contents, 'will-navigate', 'https://evil.example/')).toBe(true)
    expect(emitCancelable(contents, 'will-redirect', 'file:///etc/passwd')).toBe(true)
  })

  it('denies every new window, even to our origin', () => {
    const contents = guarded()
    expect(contents.windowOpenHandler?.({ url: 'app://frontdesk/index.html' })).toEqual({ action: 'deny' })
    expect(contents.windowOpenHandler?.({ url: 'https://kisi.io' })).toEqual({ action: 'deny' })
  })

  it('refuses to attach webviews', () => {
    expect(emitCancelable(guarded(), 'will-attach-webview', {}, {})).toBe(true)
  })
})
