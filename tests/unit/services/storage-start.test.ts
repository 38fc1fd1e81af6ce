import { describe, expect, it } from 'vitest'
import { decideStorageStart, type StorageFacts } from '../../../electron/services/database/storage-start'
import { StartupError } from '../../../electron/services/startup-error'

const known = '0123456789abcdef'
const facts = (changes: Partial<StorageFacts>): StorageFacts => ({
  directory: '/data',
  settings: 'intact',
  rememberedDatabaseId: known,
  settingsHavePins: true,
  databaseIsNew: false,
  traces: [],
  acceptEmptyDatabase: false,
  ...changes,
})

describe('decideStorageStart', () => {
  it('starts with a database that is there, whatever the settings say', () => {
    for (const settings of ['intact', 'repaired', 'missing', 'unreadable'] as const) {
      expect(decideStorageStart(facts({ settings }))).toEqual({ kind: 'existing' })
    }
  })

  it('treats a data directory with no trace of an earlier start as a first start', () => {
    expect(decideStorageStart(facts({ settings: 'missing', rememberedDatabaseId: null, settingsHavePins: false, databaseIsNew: true }))).toEqual({ kind: 'first-start' })
    expect(decideStorageStart(facts({ rememberedDatabaseId: null, settingsHavePins: false, databaseIsNew: true }))).toEqual({ kind: 'first-start' })
  })

  it('refuses a new database when the settings remember one, or have PINs, until a manager accepts', () => {
    expect(() => decideStorageStart(facts({ databaseIsNew: true }))).toThrow(StartupError)
    expect(() => decideStorageStart(facts({ databaseIsNew: true }))).toThrow(`(database ${known})`)
    expect(() => decideStorageStart(facts({ databaseIsNew: true, rememberedDatabaseId: null }))).toThrow(/settings show this kiosk had one\./)
    expect(decideStorageStart(facts({ databaseIsNew: true, acceptEmptyDatabase: true }))).toEqual({ kind: 'empty-accepted', lostDatabaseId: known })
  })

  it('refuses when the settings file is gone but other files show an earlier start, so PIN setup never reopens', () => {
    const gone = facts({ settings: 'missing', rememberedDatabaseId: null, settingsHavePins: false, databaseIsNew: true })
    for (const traces of [['frontdesk.db'], ['secret.key'], ['frontdesk.db-wal'], ['settings.corrupt-2026-11-28T09-00-00.000Z.json']]) {
      expect(() => decideStorageStart({ ...gone, traces })).toThrow(`files of an earlier start are still there (${traces[0]})`)
    }
    expect(decideStorageStart({ ...gone, traces: ['secret.key'], acceptEmptyDatabase: true })).toEqual({ kind: 'empty-accepted', lostDatabaseId: null })
  })

  it('refuses when the settings cannot be read and the database is new, since the PINs are gone everywhere', () => {
    const lost = facts({ settings: 'unreadable', rememberedDatabaseId: null, settingsHavePins: false, databaseIsNew: true })
    expect(() => decideStorageStart(lost)).toThrow(/staff PINs cannot be restored[\s\S]*rather than offer PIN setup/)
    expect(decideStorageStart({ ...lost, acceptEmptyDatabase: true })).toEqual({ kind: 'empty-accepted', lostDatabaseId: null })
  })
})
