import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createKeyFileSecretBox, keyFileName } from '../../../electron/services/secrets/key-file-secret-box'
import { createOsSecretBox, type OsEncryption } from '../../../electron/services/secrets/os-secret-box'
import { useTempDirectory } from '../../fixtures/temp-directory'

describe('key-file secret box', () => {
  const tempDirectory = useTempDirectory()

  it('creates a 32-byte key readable only by this user', () => {
    const directory = tempDirectory()
    createKeyFileSecretBox(directory)
    const stat = statSync(join(directory, keyFileName))
    expect(stat.mode & 0o777).toBe(0o600)
    expect(stat.size).toBe(32)
  })

  it('seals to something other than the plain text and opens it again, across restarts', async () => {
    const directory = tempDirectory()
    const sealed = await createKeyFileSecretBox(directory).seal('kisi-api-key-123')
    expect(sealed).not.toContain('kisi-api-key-123')
    expect(await createKeyFileSecretBox(directory).open(sealed)).toEqual({ plainText: 'kisi-api-key-123', needsReseal: false })
  })

  it('refuses a tampered value, one sealed with another key, and one from another box', async () => {
    const box = createKeyFileSecretBox(tempDirectory())
    const sealed = await box.seal('secret')
    const bytes = Buffer.from(sealed.slice(4), 'base64')
    bytes[bytes.length - 1] = (bytes.at(-1) ?? 0) ^ 1
    await expect(box.open(`kf1:${bytes.toString('base64')}`)).rejects.toThrow(/damaged/)
    await expect(createKeyFileSecretBox(tempDirectory()).open(sealed)).rejects.toThrow(/another key/)
    await expect(box.open('os1:AAAA')).rejects.toThrow(/different protection mode/)
  })

  it('tightens a key file that was left readable by others', () => {
    const directory = tempDirectory()
    writeFileSync(join(directory, keyFileName), Buffer.alloc(32, 7))
    chmodSync(join(directory, keyFileName), 0o644)
    createKeyFileSecretBox(directory)
    expect(statSync(join(directory, keyFileName)).mode & 0o777).toBe(0o600)
    expect(readFileSync(join(directory, keyFileName))).toEqual(Buffer.alloc(32, 7))
  })
})

describe('OS secret box', () => {
  const tempDirectory = useTempDirectory()
  const reversing = (backend: string, available = true, rotated = false): OsEncryption => ({
    isAvailable: async () => available,
    backend: () => backend,
    encrypt: async (plain) => Buffer.from([...plain].reverse().join('')),
    decrypt: async (sealed) => ({ plainText: [...sealed.toString()].reverse().join(''), shouldReEncrypt: rotated }),
  })

  it('uses the OS keychain when one really protects the key', async () => {
    const box = await createOsSecretBox(reversing('gnome_libsecret'), () => createKeyFileSecretBox(tempDirectory()))
    expect(box.protection).toBe('os-keychain')
    const sealed = await box.seal('key')
    expect(sealed).not.toContain('key')
    expect(await box.open(sealed)).toEqual({ plainText: 'key', needsReseal: false })
  })

  it('says when the OS rotated its key and the value should be sealed again', async () => {
    const box = await createOsSecretBox(reversing('kwallet6', true, true), () => createKeyFileSecretBox(tempDirectory()))
    expect(await box.open(await box.seal('key'))).toEqual({ plainText: 'key', needsReseal: true })
  })

  it.each([
    ['the basic_text backend (a hard-coded key)', reversing('basic_text')],
    ['no encryption at all', reversing('gnome_libsecret', false)],
  ])('falls back to the key file, and says so, with %s', async (_label, encryption) => {
    const box = await createOsSecretBox(encryption, () => createKeyFileSecretBox(tempDirectory()))
    expect(box.protection).toBe('key-file')
  })
})
