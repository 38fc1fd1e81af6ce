import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DatabaseIdentity } from '../../../electron/services/database/database-identity'
import { migrations } from '../../../electron/services/database/migrations'
import { SqliteDatabase } from '../../../electron/services/database/sqlite-database'
import { kioskTagOf } from '../../../electron/services/visits/pass-code'
import { useTempDirectory } from '../../fixtures/temp-directory'

describe('DatabaseIdentity', () => {
  const tempDirectory = useTempDirectory()

  it('knows the visits of a lost database by their id, for links made before the loss', () => {
    const database = SqliteDatabase.open(join(tempDirectory(), 'kiosk.db'), migrations)
    const identity = new DatabaseIdentity(database)
    expect(identity.id()).toBeNull()
    identity.assign('fedcba9876543210')
    expect(identity.id()).toBe('fedcba9876543210')
    identity.recordLost('0123456789abcdef', new Date('2026-11-28T10:00:00Z'))
    expect(identity.madeByLostDatabase('01234567aaaaaaaaaaaaaaaaaaaa', '2026-11-28T09:59:00Z')).toBe(true)
    expect(identity.madeByLostDatabase('01234567aaaaaaaaaaaaaaaaaaaa', undefined)).toBe(true)
    expect(identity.madeByLostDatabase('01234567aaaaaaaaaaaaaaaaaaaa', '2026-11-28T10:01:00Z')).toBe(false)
    expect(identity.madeByLostDatabase('fedcba98aaaaaaaaaaaaaaaaaaaa', '2026-11-28T09:59:00Z')).toBe(false)
    expect(identity.madeByLostDatabase('aaaaaaaaaaaaaaaaaaaa', '2026-11-28T09:59:00Z')).toBe(false)
    database.close()
  })

  it('knows them by the tag of their pass codes too', () => {
    const database = SqliteDatabase.open(join(tempDirectory(), 'kiosk.db'), migrations)
    const identity = new DatabaseIdentity(database)
    identity.assign('fedcba9876543210')
    identity.recordLost('0123456789abcdef', new Date('2026-11-28T10:00:00Z'))
    const lostCode = `${kioskTagOf('0123456789abcdef')}-K7QF`
    expect(identity.madeByLostDatabase(lostCode, '2026-11-28T09:59:00Z')).toBe(true)
    expect(identity.madeByLostDatabase(lostCode, '2026-11-28T10:01:00Z')).toBe(false)
    expect(identity.madeByLostDatabase(`${kioskTagOf('fedcba9876543210')}-K7QF`, '2026-11-28T09:59:00Z')).toBe(false)
    database.close()
  })
})
