import { randomBytes } from 'node:crypto'
import { chmodSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export const hostTokenFileName = 'host-token'

/** 24 random bytes in base64url; anything else in the file is not a token this host made. */
const tokenPattern = /^[A-Za-z0-9_-]{32}$/

/**
 * The browser host's token, kept in the data directory so kiosk tabs left open keep working after a
 * restart. Only this user may read it (0600): it is what lets a page act as the kiosk. `renew` (the
 * `--new-token` switch) makes a new one, which shuts out every page opened with the old address.
 */
export function hostToken(dataDirectory: string, renew: boolean): string {
  const path = join(dataDirectory, hostTokenFileName)
  if (!renew) {
    const kept = readKept(path)
    if (kept) {
      // A copy restored from a backup may have lost its mode; the token stays this user's alone.
      chmodSync(path, 0o600)
      return kept
    }
  }
  const token = randomBytes(24).toString('base64url')
  mkdirSync(dataDirectory, { recursive: true, mode: 0o700 })
  // A fresh private file put in place whole: writing over an old file would keep that file's mode,
  // and the new token would be readable until a chmod caught up.
  const fresh = `${path}.${process.pid}.new`
  writeFileSync(fresh, `${token}\n`, { mode: 0o600, flag: 'wx' })
  renameSync(fresh, path)
  return token
}

function readKept(path: string): string | null {
  try {
    const kept = readFileSync(path, 'utf8').trim()
    return tokenPattern.test(kept) ? kept : null
  } catch {
    return null
  }
}
