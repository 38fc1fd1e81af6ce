/**
 * SQLite's codes for a file whose pages are not what they should be (a torn write, a bad disk, a
 * file that is not a database at all). Other failures (busy, constraint) are not damage.
 */
const damageCodes = /^SQLITE_(CORRUPT|NOTADB)/

/** The problem in SQLite's words when the error means the file is damaged, else null. */
export function damageOf(error: unknown): string | null {
  if (!(error instanceof Error)) return null
  const code = (error as { code?: unknown }).code
  return typeof code === 'string' && damageCodes.test(code) ? error.message : null
}
