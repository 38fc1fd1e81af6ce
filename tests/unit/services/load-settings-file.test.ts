import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultVisitPolicies } from '@shared/domain/default-visit-policies'
import { hidReaderIdOf } from '@shared/schemas/hid-reader'
import { defaultKeyboardReading } from '@shared/schemas/keyboard-reading'
import { keepOriginalSettings, readSettingsFile } from '../../../electron/services/settings/load-settings-file'
import { defaultSettingsDocument } from '../../../electron/services/settings/settings-document'
import { TestClock } from '../../fixtures/test-clock'
import { useTempDirectory } from '../../fixtures/temp-directory'

/** A settings file a manager has worked on: doors for Guest, a deny list, PINs. */
function configuredSettings(): Record<string, unknown> {
  const document = defaultSettingsDocument()
  const access = { groupId: 7, groupName: 'Visitors', doorNames: ['Front door'], readerRestricted: false }
  document.visitPolicies = {
    visitTypes: defaultVisitPolicies.visitTypes.map((type) => (type.id === 'guest' || type.id === 'contractor' ? { ...type, access } : type)),
    denyList: { names: ['Mallory Evil'], emails: ['@spam.example', 'eve@example.com'] },
  }
  document.staff = { managerPinHash: 'scrypt$a', receptionPinHash: 'scrypt$b', failedAttempts: 0, lockedUntil: null }
  document.kiosk.organisationName = 'Acme'
  return JSON.parse(JSON.stringify(document)) as Record<string, unknown>
}

type Raw = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any -- damaging a parsed file by hand

describe('readSettingsFile', () => {
  const tempDirectory = useTempDirectory()

  function read(raw: unknown) {
    const path = join(tempDirectory(), 'settings.json')
    writeFileSync(path, typeof raw === 'string' ? raw : JSON.stringify(raw))
    return readSettingsFile(path)
  }

  it('says the file is missing, and loads defaults', () => {
    expect(readSettingsFile(join(tempDirectory(), 'settings.json'))).toEqual({ state: 'missing', document: defaultSettingsDocument() })
  })

  it('calls a file that is not JSON, or JSON that is not an object, unreadable and changes nothing on disk', () => {
    const directory = tempDirectory()
    const path = join(directory, 'settings.json')
    writeFileSync(path, '{"kiosk": {"organisationName": "Acme"')
    expect(readSettingsFile(path)).toEqual({ state: 'unreadable', document: defaultSettingsDocument() })
    expect(readdirSync(directory)).toEqual(['settings.json'])
    expect(read('[1, 2, 3]').state).toBe('unreadable')
  })

  it('leaves a valid file alone', () => {
    const raw = configuredSettings()
    expect(read(raw)).toEqual({ state: 'intact', document: raw })
  })

  it('resets only the invalid fields that have defaults, keeping the PINs', () => {
    const raw: Raw = configuredSettings()
    raw['kiosk'].idleTimeoutSeconds = 'soon'
    raw['staff'].failedAttempts = -3
    raw['kisi'].place = { id: 'x', name: 'HQ' }
    const loaded = read(raw)
    expect(loaded.state).toBe('repaired')
    expect(loaded.document.kiosk).toMatchObject({ organisationName: 'Acme', idleTimeoutSeconds: 60 })
    expect(loaded.document.staff).toMatchObject({ managerPinHash: 'scrypt$a', receptionPinHash: 'scrypt$b', failedAttempts: 0 })
    expect(loaded.document.kisi.place).toBeNull()
    expect(loaded.state === 'repaired' && loaded.resets).toEqual([
      { part: 'setting', path: 'kiosk.idleTimeoutSeconds' },
      { part: 'setting', path: 'staff.failedAttempts' },
      { part: 'setting', path: 'kisi.place' },
    ])
  })

  it('leaves out only the visit type with an invalid field, keeping the other types, their doors and the deny list', () => {
    const raw: Raw = configuredSettings()
    raw['visitPolicies'].visitTypes[0].checkInFrom = '25:99'
    const loaded = read(raw)
    const policies = loaded.document.visitPolicies
    expect(policies.visitTypes.map((type) => type.id)).toEqual(['contractor', 'interview', 'delivery', 'day-pass'])
    expect(policies.visitTypes[0]?.access?.groupName).toBe('Visitors')
    expect(policies.denyList).toEqual({ names: ['Mallory Evil'], emails: ['@spam.example', 'eve@example.com'] })
    expect(loaded.document.staff.managerPinHash).toBe('scrypt$a')
    expect(loaded.state === 'repaired' && loaded.resets).toEqual([{ part: 'visitType', visitType: 'Guest', fields: ['checkInFrom'] }])
  })

  it('names every invalid value of a visit type once, and a check across its fields by the field it points at', () => {
    const raw: Raw = configuredSettings()
    Object.assign(raw['visitPolicies'].visitTypes[1], { checkInFrom: '19:00', checkInUntil: '18:00' })
    Object.assign(raw['visitPolicies'].visitTypes[3], { maxAccessHours: 'long', accessWindow: { mode: 'hours', hours: -1 } })
    const loaded = read(raw)
    expect(loaded.document.visitPolicies.visitTypes.map((type) => type.id)).toEqual(['guest', 'interview', 'day-pass'])
    expect(loaded.state === 'repaired' && loaded.resets).toEqual([
      { part: 'visitType', visitType: 'Contractor', fields: ['checkInUntil'] },
      { part: 'visitType', visitType: 'Delivery', fields: ['accessWindow.hours', 'maxAccessHours'] },
    ])
  })

  it('leaves out an entry that is no visit type, and a repeated id', () => {
    const raw: Raw = configuredSettings()
    const types = raw['visitPolicies'].visitTypes as Raw[]
    raw['visitPolicies'].visitTypes = [...types, 42, { ...types[0], name: 'Guest again' }]
    const loaded = read(raw)
    expect(loaded.document.visitPolicies.visitTypes.map((type) => type.name)).toEqual(['Guest', 'Contractor', 'Interview', 'Delivery', 'Day pass'])
    expect(loaded.state === 'repaired' && loaded.resets).toEqual([
      { part: 'visitTypeUnreadable', visitType: '#6' },
      { part: 'visitType', visitType: 'Guest again', fields: ['id'] },
    ])
  })

  it('leaves out the visit types past the limit', () => {
    const raw: Raw = configuredSettings()
    const types = raw['visitPolicies'].visitTypes as Raw[]
    const extra = Array.from({ length: 17 }, (_, index) => ({ ...types[4], id: `extra-${index}`, name: `Extra ${index}` }))
    raw['visitPolicies'].visitTypes = [...types, ...extra]
    const loaded = read(raw)
    expect(loaded.document.visitPolicies.visitTypes).toHaveLength(20)
    expect(loaded.state === 'repaired' && loaded.resets).toEqual([
      { part: 'visitTypeOverLimit', visitType: 'Extra 15' },
      { part: 'visitTypeOverLimit', visitType: 'Extra 16' },
    ])
  })

  it('leaves out only the invalid deny-list entry', () => {
    const raw: Raw = configuredSettings()
    raw['visitPolicies'].denyList.emails.push('not an address')
    raw['visitPolicies'].denyList.names.push(42)
    const loaded = read(raw)
    expect(loaded.document.visitPolicies.denyList).toEqual({ names: ['Mallory Evil'], emails: ['@spam.example', 'eve@example.com'] })
    expect(loaded.document.visitPolicies.visitTypes).toHaveLength(5)
    expect(loaded.state === 'repaired' && loaded.resets).toEqual([
      { part: 'denyListEntry', value: '#2' },
      { part: 'denyListEntry', value: 'not an address' },
    ])
  })

  it('leaves out only the damaged or repeated chosen badge reader, keeping the others and every other setting', () => {
    const raw: Raw = configuredSettings()
    const reader = (vendorId: number, label: string) => {
      const identity = { vendorId, productId: 0x3bfa, usagePage: 1, usage: 6, interface: 0, serialNumber: '' }
      return { ...identity, id: hidReaderIdOf(identity), label }
    }
    const kept = reader(0x0c27, 'RF IDeas pcProx USB')
    raw['hidReaders'] = [kept, { ...reader(0x0c2e, 'Voyager'), usage: 'keyboard' }, { ...reader(0x05e0, 'Zebra'), id: kept.id }, kept, reader(0x076b, 'OMNIKEY')]
    const loaded = read(raw)
    expect(loaded.document.hidReaders).toEqual([kept, reader(0x076b, 'OMNIKEY')])
    expect(loaded.document.visitPolicies.denyList.names).toEqual(['Mallory Evil'])
    expect(loaded.state === 'repaired' && loaded.resets).toEqual([
      { part: 'hidReader', reader: 'Voyager' },
      { part: 'hidReader', reader: 'Zebra' },
      { part: 'hidReader', reader: 'RF IDeas pcProx USB' },
    ])
  })

  it('empties a chosen-readers list that is no list, and says so', () => {
    const raw: Raw = configuredSettings()
    raw['hidReaders'] = { reader: 'pcProx' }
    const loaded = read(raw)
    expect(loaded.document.hidReaders).toEqual([])
    expect(loaded.state === 'repaired' && loaded.resets).toEqual([{ part: 'setting', path: 'hidReaders' }])
  })

  it('puts a damaged part of the keyboard reading back to its default, keeping the rest of it', () => {
    const raw: Raw = configuredSettings()
    const wiegandHex = { kind: 'wiegand-frame', encoding: 'hex', format: 'h10301' }
    raw['keyboardReading'] = { format: wiegandHex, framing: { prefix: ['%'], suffix: ['?'] }, timing: { ...raw['keyboardReading'].timing, maxGapMs: 'fast', acceptTab: true } }
    const loaded = read(raw)
    expect(loaded.document.keyboardReading).toEqual({ format: wiegandHex, framing: { prefix: ['%'], suffix: ['?'] }, timing: { ...defaultKeyboardReading().timing, acceptTab: true } })
    expect(loaded.state === 'repaired' && loaded.resets).toEqual([{ part: 'setting', path: 'keyboardReading.timing.maxGapMs' }])

    raw['keyboardReading'] = { ...raw['keyboardReading'], format: { kind: 'guess' }, timing: 'slow' }
    const again = read(raw)
    expect(again.document.keyboardReading).toEqual({ ...defaultKeyboardReading(), framing: { prefix: ['%'], suffix: ['?'] } })
    expect(again.document.keyboardReading.timing.maxLength).toBe(300)

    raw['keyboardReading'] = 'pcProx'
    expect(read(raw).document.keyboardReading).toEqual(defaultKeyboardReading())
    expect(read(raw).document.visitPolicies.denyList.names).toEqual(['Mallory Evil'])
  })

  it('rebuilds a list that is not a list from defaults, and says so, keeping the rest of the policies', () => {
    const raw: Raw = configuredSettings()
    raw['visitPolicies'].visitTypes = 'oops'
    raw['visitPolicies'].denyList.names = null
    const loaded = read(raw)
    expect(loaded.document.visitPolicies.visitTypes).toEqual(defaultVisitPolicies.visitTypes)
    expect(loaded.document.visitPolicies.denyList).toEqual({ names: [], emails: ['@spam.example', 'eve@example.com'] })
    expect(loaded.state === 'repaired' && loaded.resets).toEqual([
      { part: 'setting', path: 'visitPolicies.visitTypes' },
      { part: 'setting', path: 'visitPolicies.denyList.names' },
    ])
  })
})

describe('keepOriginalSettings', () => {
  const tempDirectory = useTempDirectory()
  const clock = new TestClock()

  it('moves an unreadable file aside', () => {
    const directory = tempDirectory()
    const path = join(directory, 'settings.json')
    writeFileSync(path, '{"kiosk": ')
    const movedTo = keepOriginalSettings(path, readSettingsFile(path), clock)
    expect(existsSync(path)).toBe(false)
    expect(movedTo).toMatch(/settings\.corrupt-.*\.json$/)
    expect(readFileSync(movedTo!, 'utf8')).toBe('{"kiosk": ')
  })

  it('copies a repaired file, and keeps nothing of an intact or missing one', () => {
    const directory = tempDirectory()
    const path = join(directory, 'settings.json')
    expect(keepOriginalSettings(path, readSettingsFile(path), clock)).toBeNull()
    const original = JSON.stringify({ kiosk: { idleTimeoutSeconds: 'soon' } })
    writeFileSync(path, original)
    const backup = keepOriginalSettings(path, readSettingsFile(path), clock)
    expect(backup).toMatch(/settings\.backup-.*\.json$/)
    expect(readFileSync(backup!, 'utf8')).toBe(original)
    expect(readFileSync(path, 'utf8')).toBe(original)
    writeFileSync(path, JSON.stringify(defaultSettingsDocument()))
    expect(keepOriginalSettings(path, readSettingsFile(path), clock)).toBeNull()
  })
})
