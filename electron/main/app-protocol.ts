import { readFile } from 'node:fs/promises'
import type { Protocol } from 'electron'
import { contentSecurityPolicy } from '../security/content-security-policy'
import { contentTypeOf } from '../security/content-type'
import { resolveStaticPath } from '../security/static-path'

export const appScheme = 'app'
export const appHost = 'frontdesk'
export const appOrigin = `${appScheme}://${appHost}`

/** Registered before `ready`: a standard, secure scheme behaves like https for the page. */
export const appSchemePrivileges = {
  scheme: appScheme,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
} as const

/**
 * Serves the built renderer under `app://frontdesk/` with the CSP header, instead of `file://`,
 * and refuses any path that would leave the renderer folder.
 * @see https://www.electronjs.org/docs/latest/tutorial/security#18-avoid-usage-of-the-file-protocol-and-prefer-usage-of-custom-protocols
 */
export function serveAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererRoot: string): void {
  const csp = contentSecurityPolicy({ development: false })
  protocol.handle(appScheme, async (request) => {
    const url = new URL(request.url)
    const path = url.host === appHost ? resolveStaticPath(rendererRoot, url.pathname) : null
    if (!path) return new Response('Not found', { status: 404 })
    try {
      const body = await readFile(path)
      return new Response(body, {
        headers: { 'content-type': contentTypeOf(path), 'content-security-policy': csp, 'x-content-type-options': 'nosniff' },
      })
    } catch {
      return new Response('Not found', { status: 404 })
    }
  })
}
