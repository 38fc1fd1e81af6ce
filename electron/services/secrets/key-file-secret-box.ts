import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { SecretBoxError, splitSealed, type SecretBox } from './secret-box'

export const keyFileName = 'secret.key'
const tag = 'kf1'
const ivLength = 12
const authTagLength = 16

/**
 * The weaker mode, for the browser host and for Linux kiosks without a keyring: AES-256-GCM with a
 * random key kept beside the data in a file only this user can read (0600). It protects a copied
 * settings file, not a machine whose data directory is readable by an attacker.
 */
export function createKeyFileSecretBox(directory: string): SecretBox {
  const key = loadOrCreateKey(join(directory, keyFileName))
  return {
    protection: 'key-file',
    seal: async (plainText) => {
      const iv = randomBytes(ivLength)
      const cipher = createCipheriv('aes-256-gcm', key, iv)
      const body = Buffer.concat([cipher.update(plainText, 'utf8'), cipher.final()])
      return `${tag}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`
    },
    open: async (sealed) => {
      const bytes = splitSealed(sealed, tag)
      if (bytes.length < ivLength + authTagLength) throw new SecretBoxError('The stored secret is damaged.')
      const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, ivLength))
      decipher.setAuthTag(bytes.subarray(ivLength, ivLength + authTagLength))
      try {
        const body = bytes.subarray(ivLength + authTagLength)
        return { plainText: Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8'), needsReseal: false }
      } catch {
        throw new SecretBoxError('The stored secret is damaged or was sealed with another key.')
      }
    },
  }
}

function loadOrCreateKey(path: string): Buffer {
  try {
    writeFileSync(path, randomBytes(32), { mode: 0o600, flag: 'wx' })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  }
  // A key file copied in with looser permissions is tightened rather than trusted as is.
  if ((statSync(path).mode & 0o077) !== 0) chmodSync(path, 0o600)
  const key = readFileSync(path)
  if (key.length !== 32) throw new SecretBoxError(`The key file ${path} is damaged (expected 32 bytes).`)
  return key
}
