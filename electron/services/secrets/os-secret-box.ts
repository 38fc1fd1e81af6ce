import { splitSealed, type SecretBox } from './secret-box'

/** The part of Electron's safeStorage we use, so this logic runs and is tested under plain Node. */
export interface OsEncryption {
  isAvailable(): Promise<boolean>
  /** Linux backend name; `basic_text` means a hard-coded key, i.e. no real protection. */
  backend(): string
  encrypt(plainText: string): Promise<Buffer>
  decrypt(sealed: Buffer): Promise<{ plainText: string; shouldReEncrypt: boolean }>
}

const tag = 'os1'

/**
 * safeStorage when the OS really protects the key; otherwise the key-file box, so a Linux kiosk
 * without a keyring is reported as the weaker mode instead of silently storing plain text.
 */
export async function createOsSecretBox(encryption: OsEncryption, fallback: () => SecretBox): Promise<SecretBox> {
  const usable = (await encryption.isAvailable()) && encryption.backend() !== 'basic_text'
  if (!usable) return fallback()
  return {
    protection: 'os-keychain',
    seal: async (plainText) => `${tag}:${(await encryption.encrypt(plainText)).toString('base64')}`,
    open: async (sealed) => {
      const { plainText, shouldReEncrypt } = await encryption.decrypt(splitSealed(sealed, tag))
      return { plainText, needsReseal: shouldReEncrypt }
    },
  }
}
