import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import type { Diagnostics } from '@shared/ipc/system-calls'
import { databaseFileName } from '../../electron/services/database/storage-start'
import { SqliteDatabase } from '../../electron/services/database/sqlite-database'
import { migrations } from '../../electron/services/database/migrations'
import { StartupError } from '../../electron/services/startup-error'
import { startTestApp } from '../fixtures/test-app'
import { useTempDirectory } from '../fixtures/temp-directory'

describe('the service graph', () => {
  const tempDirectory = useTempDirectory()

  it('starts with defaults and reports the weaker secret storage of the browser host', async () => {
    const services = await startTestApp(tempDirectory())
    services.sessions.start('manager')
    const diagnostics = await services.dispatch('system.diagnostics', {})
    expect(diagnostics).toMatchObject({
      ok: true,
      value: { runtime: 'browser-host', secretProtection: 'key-file', databaseSchemaVersion: migrations.at(-1)?.version },
    })
    expect(diagnostics.ok && diagnostics.value).toMatchObject({ notices: [expect.objectContaining({ kind: 'secretStorageWeak', params: {} })] })
    services.close()
  })

  it('recovers from a corrupt settings file and shows it to managers', async () => {
    const directory = tempDirectory()
    ;(await startTestApp(directory)).close()
    writeFileSync(join(directory, 'settings.json'), '\u0000garbage')
    const services = await startTestApp(directory)
    services.sessions.start('manager')
    const diagnostics = await services.dispatch('system.diagnostics', {})
    expect(diagnostics.ok && (diagnostics.value as Diagnostics).notices).toContainEqual(expect.objectContaining({ kind: 'settingsUnreadable', params: { movedTo: expect.stringMatching(/settings\.corrupt-/) } }))
    expect(await services.dispatch('kiosk.status', {})).toMatchObject({ ok: true, value: { organisationName: 'Frontdesk' } })
    services.close()
  })

  it('restores the PINs from the database after a damaged settings file, so setup stays closed', async () => {
    const directory = tempDirectory()
    const first = await startTestApp(directory)
    await first.dispatch('staff.setupPins', { managerPin: '2468', receptionPin: '1357' })
    first.close()
    writeFileSync(join(directory, 'settings.json'), '{"staff": {"managerPinHash": ')

    const services = await startTestApp(directory)
    expect(services.notices.map((notice) => notice.kind)).toEqual(['settingsUnreadable', 'pinsRestored', 'secretStorageWeak'])
    expect(await services.dispatch('staff.setupPins', { managerPin: '1111', receptionPin: '2222' })).toMatchObject({
      ok: false,
      error: { code: 'pins_already_set' },
    })
    expect(await services.dispatch('staff.unlock', { pin: '2468' })).toMatchObject({ ok: true, value: { role: 'manager' } })
    services.close()
  })

  it('refuses to start on a database from a newer version', async () => {
    const directory = tempDirectory()
    SqliteDatabase.open(join(directory, databaseFileName), [...migrations, { version: 50, name: 'future', sql: 'SELECT 1' }]).close()
    await expect(startTestApp(directory)).rejects.toBeInstanceOf(StartupError)
  })

  it('keeps a staff audit of sign-ins, refusals and changes', async () => {
    const directory = tempDirectory()
    const services = await startTestApp(directory)
    await services.dispatch('staff.setupPins', { managerPin: '2468', receptionPin: '1357' })
    await services.dispatch('staff.unlock', { pin: '0000' })
    await services.dispatch('staff.unlock', { pin: '2468' })
    await services.dispatch('settings.update', { organisationName: 'Acme' })
    await services.dispatch('staff.lock', {})
    services.close()

    const database = SqliteDatabase.open(join(directory, databaseFileName), migrations)
    const rows = database.all(
      'SELECT role, action, outcome, detail FROM staff_audit ORDER BY id',
      z.object({ role: z.string().nullable(), action: z.string(), outcome: z.string(), detail: z.string() }),
    )
    database.close()
    expect(rows).toEqual([
      { role: null, action: 'set up staff PINs', outcome: 'succeeded', detail: '' },
      { role: null, action: 'unlock staff console', outcome: 'refused', detail: 'pin_incorrect' },
      { role: 'manager', action: 'unlock staff console', outcome: 'succeeded', detail: '' },
      { role: 'manager', action: 'change settings', outcome: 'succeeded', detail: 'organisationName: "Frontdesk" -> "Acme"' },
      { role: 'manager', action: 'lock staff console', outcome: 'succeeded', detail: '' },
    ])
  })

  it('pushes a status event when the kiosk settings change, and a session event on lock', async () => {
    const services = await startTestApp(tempDirectory())
    const seen = vi.fn()
    services.events.subscribe(seen)
    services.sessions.start('manager')
    await services.dispatch('settings.update', { organisationName: 'Acme' })
    await services.dispatch('staff.lock', {})
    expect(seen.mock.calls).toEqual([
      ['kiosk.statusChanged', expect.objectContaining({ organisationName: 'Acme' })],
      ['staff.sessionEnded', { reason: 'locked' }],
    ])
    services.close()
  })

  it('pushes a status event when the pass link base changes with the Kisi connection, and none for a setting the status does not show', async () => {
    const services = await startTestApp(tempDirectory())
    const seen = vi.fn()
    services.events.subscribe(seen)
    services.settings.update((draft) => {
      draft.kiosk.staffSessionMinutes = draft.kiosk.staffSessionMinutes + 1
    })
    services.settings.update((draft) => {
      draft.kisi.accessLinkBaseUrl = 'https://links.example.test/grouplinks/'
    })
    expect(seen.mock.calls).toEqual([['kiosk.statusChanged', expect.objectContaining({ accessLinkBase: 'https://links.example.test/grouplinks/' })]])
    services.close()
  })
})
