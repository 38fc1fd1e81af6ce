import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { contentTypeOf } from '../../../electron/security/content-type'
import { resolveStaticPath } from '../../../electron/security/static-path'

const root = '/srv/renderer'

describe('resolveStaticPath', () => {
  it('serves index.html for the root and files inside the folder', () => {
    expect(resolveStaticPath(root, '/')).toBe(join(root, 'index.html'))
    expect(resolveStaticPath(root, '/assets/index-1.js')).toBe(join(root, 'assets/index-1.js'))
  })

  it.each(['/../secret.key', '/assets/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/..%2fsettings.json', '/a%00.js', '/%E0%A4%A'])(
    'refuses %s',
    (path) => {
      expect(resolveStaticPath(root, path)).toBeNull()
    },
  )

  it('names content types, with a safe default', () => {
    expect(contentTypeOf('a/index.html')).toBe('text/html; charset=utf-8')
    expect(contentTypeOf('x.JS')).toBe('text/javascript; charset=utf-8')
    expect(contentTypeOf('x.bin')).toBe('application/octet-stream')
  })
})
