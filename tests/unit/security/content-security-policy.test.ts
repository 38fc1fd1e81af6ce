import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy } from '../../../electron/security/content-security-policy'

const directives = (policy: string) => Object.fromEntries(policy.split('; ').map((part) => [part.split(' ')[0], part.split(' ').slice(1).join(' ')]))

describe('contentSecurityPolicy', () => {
  it('allows only our own scripts, styles and connections in production', () => {
    const policy = directives(contentSecurityPolicy({ development: false }))
    expect(policy).toMatchObject({
      'default-src': "'none'",
      'script-src': "'self'",
      'style-src': "'self'",
      'connect-src': "'self'",
      'object-src': "'none'",
      'frame-ancestors': "'none'",
      'base-uri': "'none'",
    })
    expect(contentSecurityPolicy({ development: false })).not.toMatch(/unsafe|\*/)
  })

  it('relaxes styles and the HMR socket only for development', () => {
    const policy = directives(contentSecurityPolicy({ development: true }))
    expect(policy['style-src']).toContain("'unsafe-inline'")
    expect(policy['script-src']).toBe("'self'")
  })
})
