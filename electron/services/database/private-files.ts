import { chmodSync, closeSync, existsSync, openSync, statSync } from 'node:fs'

const privateFileMode = 0o600
const privateDirectoryMode = 0o700

/** Windows has no such modes; its user profile folders are private already. */
const hasModes = process.platform !== 'win32'

/**
 * The database holds visitors' names and contact details: it is created readable by this user only,
 * and an existing file (with its `-wal` and `-shm`) that others could read is tightened.
 */
export function keepDatabaseFilesPrivate(path: string): void {
  if (!hasModes) return
  if (!existsSync(path)) closeSync(openSync(path, 'a', privateFileMode))
  for (const file of [path, `${path}-wal`, `${path}-shm`]) {
    if (existsSync(file) && (statSync(file).mode & 0o077) !== 0) chmodSync(file, privateFileMode)
  }
}

/**
 * Makes the data directory this user's alone; answers its earlier mode when it had to be tightened
 * (so the caller can say so), else null.
 */
export function keepDirectoryPrivate(directory: string): number | null {
  if (!hasModes) return null
  const mode = statSync(directory).mode & 0o777
  if ((mode & 0o077) === 0) return null
  chmodSync(directory, privateDirectoryMode)
  return mode
}
