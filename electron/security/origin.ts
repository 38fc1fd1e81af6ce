/**
 * `scheme://host[:port]` of a URL, or null when it cannot be parsed. `URL.origin` is "null" for
 * custom schemes such as `app://`, so it cannot be used to compare them.
 */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url)
    return parsed.host ? `${parsed.protocol}//${parsed.host}` : null
  } catch {
    return null
  }
}

export function hasAllowedOrigin(url: string, allowedOrigins: readonly string[]): boolean {
  const origin = originOf(url)
  return origin !== null && allowedOrigins.includes(origin)
}
