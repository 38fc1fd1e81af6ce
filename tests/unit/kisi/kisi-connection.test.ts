import { describe, expect, it, vi } from 'vitest'
import { KisiConnection } from '../../../electron/services/kisi/kisi-connection'
import { SecretBoxError, type SecretBox } from '../../../electron/services/secrets/secret-box'
import { memorySettings } from '../../fixtures/memory-settings'

/** A connection whose stored key opens only while `opens` is true, as an OS keychain that unlocks late. */
function connectionWithStoredKey() {
  const { repository: settings } = memorySettings()
  settings.update((draft) => void (draft.kisi.sealedApiKey = 'sealed:the-key'))
  const lock = { opens: false }
  const secretBox: SecretBox = {
    protection: 'os-keychain',
    seal: async (plainText) => `sealed:${plainText}`,
    open: async (sealed) => {
      if (!lock.opens) throw new SecretBoxError('The keychain is locked.')
      return { plainText: sealed.slice('sealed:'.length), needsReseal: false }
    },
  }
  const warnings: string[] = []
  const logger = { info: () => undefined, warn: (message: string) => void warnings.push(message), error: () => undefined }
  const connection = new KisiConnection(settings, secretBox, logger, () => undefined)
  return { connection, lock, warnings }
}

describe('KisiConnection while its stored key cannot be opened', () => {
  it('tries the key again when work comes, logs the failure once, and says when Kisi can be used again', async () => {
    const { connection, lock, warnings } = connectionWithStoredKey()
    const resumed = vi.fn()
    connection.onResumed(resumed)
    await connection.start()
    expect(connection.state).toBe('key-invalid')
    expect(await connection.ready()).toBe(false)
    await expect(connection.use(async () => 'done')).rejects.toMatchObject({ code: 'kisi_not_connected', reason: 'kisiNotConnected' })
    expect(warnings).toEqual(['The stored Kisi key could not be opened'])
    expect(resumed).not.toHaveBeenCalled()

    lock.opens = true
    expect(await connection.ready()).toBe(true)
    expect(connection.state).toBe('connected')
    expect(resumed).toHaveBeenCalledTimes(1)
    expect(await connection.use(async () => 'done')).toBe('done')
    expect(resumed).toHaveBeenCalledTimes(1)
  })

  it('stops telling a listener that unsubscribed, and a disconnect is not a resumption', async () => {
    const { connection, lock } = connectionWithStoredKey()
    const resumed = vi.fn()
    connection.onResumed(resumed)
    lock.opens = true
    await connection.start()
    expect(resumed).toHaveBeenCalledTimes(1)
    connection.disconnect()
    expect(connection.state).toBe('not-connected')
    expect(await connection.ready()).toBe(false)
    expect(resumed).toHaveBeenCalledTimes(1)

    const later = connectionWithStoredKey()
    const unsubscribed = vi.fn()
    later.connection.onResumed(unsubscribed)()
    await later.connection.start()
    later.lock.opens = true
    expect(await later.connection.ready()).toBe(true)
    expect(unsubscribed).not.toHaveBeenCalled()
  })
})
