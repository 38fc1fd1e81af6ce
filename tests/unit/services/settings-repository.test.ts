import { readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { createConfSettingsBackend } from '../../../electron/services/settings/conf-settings-backend'
import { openSettings } from '../../../electron/services/settings/settings-repository'
import { TestClock } from '../../fixtures/test-clock'
import { useTempDirectory } from '../../fixtures/temp-directory'

describe('SettingsRepository over conf', () => {
  const tempDirectory = useTempDirectory()

  it('writes defaults on first start and reads them back after a restart', () => {
    const directory = tempDirectory()
    const first = openSettings(directory, createConfSettingsBackend, new TestClock())
    first.repository.update((draft) => {
      draft.kiosk.organisationName = 'Acme'
    })
    const second = openSettings(directory, createConfSettingsBackend, new TestClock())
    expect(second.repository.get().kiosk.organisationName).toBe('Acme')
    expect(second.read.state).toBe('intact')
    expect(second.keptAs).toBeNull()
  })

  it('keeps the file private to this user', () => {
    const directory = tempDirectory()
    openSettings(directory, createConfSettingsBackend, new TestClock())
    expect(statSync(join(directory, 'settings.json')).mode & 0o777).toBe(0o600)
  })

  it('refuses an invalid update and leaves the file as it was', () => {
    const directory = tempDirectory()
    const { repository } = openSettings(directory, createConfSettingsBackend, new TestClock())
    const before = readFileSync(join(directory, 'settings.json'), 'utf8')
    expect(() =>
      repository.update((draft) => {
        draft.kiosk.idleTimeoutSeconds = 2
      }),
    ).toThrow()
    expect(readFileSync(join(directory, 'settings.json'), 'utf8')).toBe(before)
    expect(repository.get().kiosk.idleTimeoutSeconds).toBe(60)
  })

  it('tells subscribers about each change, with the previous document', () => {
    const { repository } = openSettings(tempDirectory(), createConfSettingsBackend, new TestClock())
    const listener = vi.fn()
    repository.subscribe(listener)
    repository.update((draft) => {
      draft.kiosk.kioskMode = true
    })
    expect(listener).toHaveBeenCalledWith(
      expect.objectContaining({ kiosk: expect.objectContaining({ kioskMode: true }) }),
      expect.objectContaining({ kiosk: expect.objectContaining({ kioskMode: false }) }),
    )
  })

  it('repairs a corrupt file at start-up and reports it', () => {
    const directory = tempDirectory()
    writeFileSync(join(directory, 'settings.json'), 'not json at all')
    const { repository, read, keptAs } = openSettings(directory, createConfSettingsBackend, new TestClock())
    expect(read.state).toBe('unreadable')
    expect(readFileSync(keptAs!, 'utf8')).toBe('not json at all')
    expect(repository.get().kiosk.organisationName).toBe('Frontdesk')
    expect(JSON.parse(readFileSync(join(directory, 'settings.json'), 'utf8')).kiosk.organisationName).toBe('Frontdesk')
  })
})
