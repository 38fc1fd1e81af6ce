import { describe, expect, it } from 'vitest'
import { webhookUrlSchema } from '@shared/schemas/arrival-notifications'
import { arrivalText } from '../../../electron/services/notifications/host-notifier'

describe('webhookUrlSchema', () => {
  it.each([
    'https://hooks.slack.com/services/T000/B000/XXXX',
    'https://example.webhook.office.com/webhookb2/abc',
    'http://127.0.0.1:8080/hook',
    'http://localhost/hook',
  ])('accepts %s', (url) => {
    expect(webhookUrlSchema.safeParse(url).success).toBe(true)
  })

  it.each([
    ['plain http to another machine', 'http://hooks.example.com/hook'],
    ['a look-alike loopback host', 'http://127.0.0.1.example.com/hook'],
    ['another scheme', 'ftp://example.com/hook'],
    ['no address at all', 'hooks.slack.com'],
    ['a backslash that moves the host', 'http://evil.example\\@127.0.0.1/x'],
    ['a tab inside the address', 'http://127.0.0.1\t.evil.example/x'],
  ])('refuses %s, saying what to use', (_label, url) => {
    const result = webhookUrlSchema.safeParse(url)
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.message).toBe('webhookHttps')
  })
})

describe('arrivalText', () => {
  it('names the visitor, their company, the host and the visit type', () => {
    expect(arrivalText({ visitorName: 'Ada Lovelace', company: 'Analytical Engines', hostName: 'Charles Babbage', visitTypeName: 'Guest' }, 'Acme')).toBe(
      'Ada Lovelace (Analytical Engines) has arrived at Acme to see Charles Babbage. Visit: Guest.',
    )
    expect(arrivalText({ visitorName: 'Dan Driver', company: null, hostName: null, visitTypeName: 'Delivery' }, 'Acme')).toBe('Dan Driver has arrived at Acme. Visit: Delivery.')
  })
})
