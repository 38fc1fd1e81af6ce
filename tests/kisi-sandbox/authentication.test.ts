import { beforeEach, describe, expect, it } from 'vitest'
import { authenticate, quotaKey, readCredential } from '../../electron/kisi-sandbox/authentication'
import { seedDemoOrganization } from '../../electron/kisi-sandbox/demo-seed'
import { SandboxState } from '../../electron/kisi-sandbox/sandbox-state'

describe('sandbox authentication', () => {
  let state: SandboxState
  let apiKey: string
  beforeEach(() => {
    state = new SandboxState()
    apiKey = seedDemoOrganization(state, Date.now()).apiKey
  })

  it('reads KISI-LOGIN, KISI-GROUP-LINK (any case) and the legacy X-Login-Secret', () => {
    expect(readCredential({ authorization: 'KISI-LOGIN abc' })).toEqual({ kind: 'login', secret: 'abc' })
    expect(readCredential({ authorization: 'kisi-group-link xyz' })).toEqual({ kind: 'group-link', secret: 'xyz' })
    expect(readCredential({ 'x-login-secret': 'legacy' })).toEqual({ kind: 'login', secret: 'legacy' })
    expect(readCredential({ authorization: 'Bearer abc' })).toEqual({ kind: 'none' })
  })

  it('admits users by mode and refuses the rest with Kisi-style errors', () => {
    const header = { authorization: `KISI-LOGIN ${apiKey}` }
    expect(authenticate(state, header, 'admin')).toMatchObject({ kind: 'login', user: { email: 'admin@demo.example' } })
    expect(() => authenticate(state, {}, 'user')).toThrow(expect.objectContaining({ status: 401, code: '000401' }))
    expect(() => authenticate(state, { authorization: 'KISI-GROUP-LINK gone' }, 'user-or-link')).toThrow(expect.objectContaining({ status: 401, code: 'f29aef' }))
    expect(() => authenticate(state, { authorization: 'KISI-GROUP-LINK gone' }, 'admin')).toThrow(expect.objectContaining({ code: '000401' }))
    expect(authenticate(state, { authorization: 'KISI-LOGIN wrong' }, 'optional')).toBeNull()
  })

  it('counts the quota per user, or per IP without a valid key', () => {
    expect(quotaKey(state, { authorization: `KISI-LOGIN ${apiKey}` }, '127.0.0.1')).toMatch(/^user:\d+$/)
    expect(quotaKey(state, {}, '127.0.0.1')).toBe('ip:127.0.0.1')
    expect(quotaKey(state, { authorization: 'KISI-LOGIN nope' }, '::1')).toBe('ip:::1')
  })
})
