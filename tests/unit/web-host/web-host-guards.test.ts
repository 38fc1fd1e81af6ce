import { describe, expect, it } from 'vitest'
import { tokenMatches } from '../../../electron/web-host/web-host-guards'
import { isLoopbackHost } from '../../../electron/security/loopback-host'

describe('browser host guards', () => {
  it('accepts only loopback host names on our port', () => {
    expect(isLoopbackHost('127.0.0.1:4000', 4000)).toBe(true)
    expect(isLoopbackHost('localhost:4000', 4000)).toBe(true)
    for (const host of ['127.0.0.1:4001', 'evil.example:4000', '127.0.0.1', undefined, '10.0.0.2:4000']) {
      expect(isLoopbackHost(host, 4000)).toBe(false)
    }
  })

  it('matches the token exactly', () => {
    expect(tokenMatches('secret-token', 'secret-token')).toBe(true)
    for (const presented of ['secret-toke', 'secret-token2', '', null, undefined, 'SECRET-TOKEN']) {
      expect(tokenMatches(presented, 'secret-token')).toBe(false)
    }
  })
})
