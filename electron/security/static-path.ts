import { isAbsolute, join, normalize, relative } from 'node:path'

/**
 * Maps a request path to a file inside `root`, or null when it would leave it. Used by the `app://`
 * protocol and the browser host, the two places that serve the renderer's files.
 * @see https://www.electronjs.org/docs/latest/tutorial/security#18-avoid-usage-of-the-file-protocol-and-prefer-usage-of-custom-protocols
 */
export function resolveStaticPath(root: string, pathname: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return null
  }
  if (decoded.includes('\0')) return null
  const relativePath = normalize(decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, ''))
  const target = join(root, relativePath)
  const fromRoot = relative(root, target)
  if (fromRoot === '' || fromRoot.startsWith('..') || isAbsolute(fromRoot)) return null
  return target
}
