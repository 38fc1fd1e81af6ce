import { describe, expect, it } from 'vitest'
import { parseRequestTarget } from '../../../electron/security/request-target'

describe('parseRequestTarget', () => {
  it('reads a path and its query', () => {
    const url = parseRequestTarget('/api/events?token=abc')
    expect(url?.pathname).toBe('/api/events')
    expect(url?.searchParams.get('token')).toBe('abc')
    expect(parseRequestTarget('/')?.pathname).toBe('/')
    expect(parseRequestTarget('/%E0%A4%A')?.pathname).toBe('/%E0%A4%A')
  })

  it.each(['//', '//evil.example/x', '/\\evil.example/x', 'http://[::1', 'http://%zz/', 'http://127.0.0.1/', '*', '', 'index.html', undefined])('refuses %s', (target) => {
    expect(parseRequestTarget(target)).toBeNull()
  })
})
