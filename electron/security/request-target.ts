const base = 'http://frontdesk.invalid'

/**
 * The path and query of an HTTP request target in origin form (`/path?query`), or null for anything
 * else: the absolute and scheme-relative forms (`http://…`, `//…`, which name a host of their own),
 * `*`, and text no URL parser accepts (`http://[::1`, `http://%zz/`). Node hands the target over as
 * sent, so the browser host answers these 400 here instead of failing on them later.
 */
export function parseRequestTarget(target: string | undefined): URL | null {
  if (!target?.startsWith('/') || target.startsWith('//') || !URL.canParse(target, base)) return null
  const url = new URL(target, base)
  return url.origin === base ? url : null
}
