import { safeStorage } from 'electron'
import type { OsEncryption } from '../services/secrets/os-secret-box'

/** Electron's safeStorage (async API; the sync one is deprecated) behind the `OsEncryption` port. */
export const safeStorageEncryption: OsEncryption = {
  isAvailable: () => safeStorage.isAsyncEncryptionAvailable(),
  backend: () => (process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : process.platform),
  encrypt: (plainText) => safeStorage.encryptStringAsync(plainText),
  decrypt: async (sealed) => {
    const { result, shouldReEncrypt } = await safeStorage.decryptStringAsync(sealed)
    return { plainText: result, shouldReEncrypt }
  },
}
