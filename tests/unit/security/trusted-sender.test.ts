import { describe, expect, it } from 'vitest'
import { isTrustedSender } from '../../../electron/security/trusted-sender'

const allowedOrigins = ['app://frontdesk']
const mainFrame = (url: string) => ({ url, parent: null })

describe('isTrustedSender', () => {
  it('accepts the top frame of the kiosk window on our origin', () => {
    expect(isTrustedSender({ frame: mainFrame('app://frontdesk/index.html#/staff'), fromKioskWindow: true, allowedOrigins })).toBe(true)
  })

  it.each([
    ['another origin', mainFrame('https://evil.example/'), true],
    ['a look-alike host', mainFrame('app://frontdesk.evil/index.html'), true],
    ['a file URL', mainFrame('file:///etc/passwd'), true],
    ['an unparsable URL', mainFrame('not a url'), true],
    ['a sub-frame', { url: 'app://frontdesk/index.html', parent: {} }, true],
    ['another window', mainFrame('app://frontdesk/index.html'), false],
    ['a missing frame', null, true],
  ])('refuses %s', (_label, frame, fromKioskWindow) => {
    expect(isTrustedSender({ frame, fromKioskWindow, allowedOrigins })).toBe(false)
  })

  it('accepts the dev server only when it is the allowed origin', () => {
    const frame = mainFrame('http://localhost:5173/')
    expect(isTrustedSender({ frame, fromKioskWindow: true, allowedOrigins })).toBe(false)
    expect(isTrustedSender({ frame, fromKioskWindow: true, allowedOrigins: ['http://localhost:5173'] })).toBe(true)
  })
})
