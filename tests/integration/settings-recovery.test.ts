import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { CheckInOutcome } from '@shared/schemas/visit'
import type { VisitPolicies } from '@shared/schemas/visit-policy'
import type { KioskApp } from '../../electron/app/create-app'
import { startTestApp } from '../fixtures/test-app'
import { useTempDirectory } from '../fixtures/temp-directory'
import { startVisitHarness, type VisitHarness } from '../fixtures/visit-harness'

const settingsFile = (directory: string): string => join(directory, 'settings.json')

async function call<T>(services: KioskApp, name: string, payload: unknown = {}): Promise<T> {
  const answer = await services.dispatch(name, payload)
  if (!answer.ok) throw Object.assign(new Error(answer.error.message), answer.error)
  return answer.value as T
}

describe('a damaged settings file', () => {
  const tempDirectory = useTempDirectory()
  let kiosk: VisitHarness | undefined
  let restarted: KioskApp | undefined
  afterEach(async () => {
    restarted?.close()
    restarted = undefined
    await kiosk?.proxy.close()
    await kiosk?.sandbox.close()
    kiosk = undefined
  })

  it('costs only the visit type with the invalid field: the other types keep their doors and the deny list still holds', async () => {
    kiosk = await startVisitHarness(tempDirectory())
    kiosk.services.sessions.start('manager')
    const policies = await kiosk.call<VisitPolicies>('policies.get')
    await kiosk.call('policies.save', { ...policies, denyList: { names: [], emails: ['@blocked.example'] } })
    await kiosk.call('staff.lock')
    kiosk.services.close()

    const raw = JSON.parse(readFileSync(settingsFile(kiosk.dataDirectory), 'utf8')) as { visitPolicies: { visitTypes: Record<string, unknown>[] } }
    raw.visitPolicies.visitTypes[1]!['checkInFrom'] = '25:99'
    writeFileSync(settingsFile(kiosk.dataDirectory), JSON.stringify(raw))
    restarted = await startTestApp(kiosk.dataDirectory, kiosk.clock, { kisiRequestsPerSecond: 100 })

    const blocked = await call<CheckInOutcome>(restarted, 'visits.checkIn', { visitTypeId: 'guest', visitor: { name: 'Eve Blocked', email: 'eve@blocked.example', host: 'Grace' }, agreementVersion: 1 })
    expect(blocked.outcome).toBe('see-reception')
    const admitted = await call<CheckInOutcome>(restarted, 'visits.checkIn', { visitTypeId: 'guest', visitor: { name: 'Ada Lovelace', host: 'Grace' }, agreementVersion: 1 })
    expect(admitted.outcome === 'pass' && admitted.pass.doorNames).toContain('Main Entrance')
    expect((await call<{ id: string }[]>(restarted, 'visitTypes.list')).map((type) => type.id)).not.toContain('contractor')
    expect(restarted.notices.map(({ kind, params }) => ({ kind, params }))).toEqual([
      { kind: 'visitTypeRemoved', params: { visitType: 'Contractor', fields: ['checkInFrom'] } },
      { kind: 'settingsBackupKept', params: { backupFile: expect.stringMatching(/settings\.backup-.*\.json$/) } },
      { kind: 'secretStorageWeak', params: {} },
    ])
  })

  it('that was deleted is noticed, and the PINs come back from the database', async () => {
    const directory = tempDirectory()
    const first = await startTestApp(directory)
    await call(first, 'staff.setupPins', { managerPin: '2468', receptionPin: '1357' })
    first.close()
    rmSync(settingsFile(directory))

    restarted = await startTestApp(directory)
    expect(restarted.notices.map((notice) => notice.kind)).toEqual(['settingsMissing', 'pinsRestored', 'secretStorageWeak'])
    expect(await restarted.dispatch('staff.setupPins', { managerPin: '1111', receptionPin: '2222' })).toMatchObject({ ok: false, error: { code: 'pins_already_set' } })
    expect(await restarted.dispatch('staff.unlock', { pin: '2468' })).toMatchObject({ ok: true, value: { role: 'manager' } })
  })

  it('is not noticed on a first start in a new data directory', async () => {
    restarted = await startTestApp(tempDirectory())
    expect(restarted.notices.map((notice) => notice.kind)).toEqual(['secretStorageWeak'])
  })
})
