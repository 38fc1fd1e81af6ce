import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadSettingsFile } from '../../../electron/services/settings/load-settings-file'
import { defaultSettingsDocument } from '../../../electron/services/settings/settings-document'
import { TestClock } from '../../fixtures/test-clock'
import { useTempDirectory } from '../../fixtures/temp-directory'

describe('loadSettingsFile', () => {
  const tempDirectory = useTempDirectory()
  const clock = new TestClock()

  it('starts from defaults when there is no file', () => {
    const loaded = loadSettingsFile(join(tempDirectory(), 'settings.json'), clock)
    expect(loaded).toEqual({ document: defaultSettingsDocument(), needsWrite: true })
  })

  it('moves an unreadable file aside, reports it and loads defaults', () => {
    const directory = tempDirectory()
    const path = join(directory, 'settings.json')
    writeFileSync(path, '{"kiosk": {"organisationName": "Acme"')
    const loaded = loadSettingsFile(path, clock)
    expect(loaded.document).toEqual(defaultSettingsDocument())
    expect(existsSync(path)).toBe(false)
    const aside = readdirSync(directory).find((name) => name.startsWith('settings.corrupt-'))
    expect(aside).toBeDefined()
    expect(readFileSync(join(directory, aside!), 'utf8')).toBe('{"kiosk": {"organisationName": "Acme"')
    expect(loaded.recovery).toContain(`moved to ${join(directory, aside!)}`)
  })

  it('resets only the invalid fields, keeps the PINs, and keeps a backup', () => {
    const directory = tempDirectory()
    const path = join(directory, 'settings.json')
    const original = {
      kiosk: { organisationName: 'Acme', idleTimeoutSeconds: 'soon', kioskMode: true },
      staff: { managerPinHash: 'scrypt$a', receptionPinHash: 'scrypt$b', failedAttempts: -3 },
    }
    writeFileSync(path, JSON.stringify(original))
    const loaded = loadSettingsFile(path, clock)
    expect(loaded.document.kiosk).toMatchObject({ organisationName: 'Acme', idleTimeoutSeconds: 60, kioskMode: true })
    expect(loaded.document.staff).toMatchObject({ managerPinHash: 'scrypt$a', receptionPinHash: 'scrypt$b', failedAttempts: 0 })
    expect(loaded.recovery).toContain('kiosk.idleTimeoutSeconds')
    expect(loaded.recovery).toContain('staff.failedAttempts')
    const backup = readdirSync(directory).find((name) => name.startsWith('settings.backup-'))
    expect(JSON.parse(readFileSync(join(directory, backup!), 'utf8'))).toEqual(original)
  })

  it('falls back to defaults for JSON that is not an object', () => {
    const path = join(tempDirectory(), 'settings.json')
    writeFileSync(path, '[1, 2, 3]')
    const loaded = loadSettingsFile(path, clock)
    expect(loaded.document).toEqual(defaultSettingsDocument())
    expect(loaded.recovery).toBeDefined()
  })

  it('leaves a valid file alone', () => {
    const path = join(tempDirectory(), 'settings.json')
    const document = { ...defaultSettingsDocument(), kiosk: { ...defaultSettingsDocument().kiosk, organisationName: 'Acme' } }
    writeFileSync(path, JSON.stringify(document))
    expect(loadSettingsFile(path, clock)).toEqual({ document, needsWrite: false })
  })
})
