/** A link secret as Kisi makes them: URL-safe characters, long enough not to be guessed. */
const secretPattern = /^[A-Za-z0-9_-]{8,200}$/

/**
 * The secret inside a visitor's pass, whose QR code is the access link's web address (the kiosk's
 * link base, then the secret), or null when the text is not such an address: a product's QR code, a
 * web page. Main and the screens read a scan by the same rule.
 */
export function passSecretIn(text: string, linkBase: string): string | null {
  const scanned = text.trim()
  if (linkBase === '' || !scanned.startsWith(linkBase)) return null
  const secret = scanned.slice(linkBase.length).split(/[?#/]/)[0] ?? ''
  return secretPattern.test(secret) ? secret : null
}
