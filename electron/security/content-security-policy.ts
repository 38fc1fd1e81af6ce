/**
 * The page's Content Security Policy, sent as a header by both the `app://` protocol and the
 * browser host, so the web tests run under the same policy the kiosk ships with.
 * Development adds only what Vite's dev server needs (inline styles and its HMR socket).
 * @see https://www.electronjs.org/docs/latest/tutorial/security#7-define-a-content-security-policy
 */
export function contentSecurityPolicy(options: { development: boolean }): string {
  const directives: Record<string, string> = {
    'default-src': "'none'",
    'script-src': "'self'",
    'style-src': options.development ? "'self' 'unsafe-inline'" : "'self'",
    'img-src': "'self' data:",
    'font-src': "'self'",
    'media-src': "'self'",
    'connect-src': options.development ? "'self' ws://localhost:* ws://127.0.0.1:*" : "'self'",
    'base-uri': "'none'",
    'form-action': "'none'",
    'frame-ancestors': "'none'",
    'object-src': "'none'",
  }
  return Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ')
}
