import { describe, expect, it } from 'vitest'
import { defaultVisitPolicies } from '@shared/domain/default-visit-policies'
import { kioskSettingsSchema } from '@shared/schemas/kiosk-settings'
import { describeChanges } from '../../../electron/services/audit/audit-changes'

describe('describeChanges', () => {
  it('names only the kiosk settings that changed, each with before and after', () => {
    const before = kioskSettingsSchema.parse({})
    const after = { ...before, organisationName: 'Acme', passDisplaySeconds: 90 }
    expect(describeChanges(before, after)).toBe('organisationName: "Frontdesk" -> "Acme"; passDisplaySeconds: 45 -> 90')
    expect(describeChanges(before, before)).toBe('nothing changed')
  })

  it('matches visit types by id, says what was added and removed, and cuts long texts', () => {
    const [guest, second, ...rest] = defaultVisitPolicies.visitTypes
    const after = {
      visitTypes: [{ ...guest!, name: 'Visitor', maxAccessHours: 4, agreement: { text: 'x'.repeat(500), version: 2 } }, ...rest, { ...second!, id: 'courier', name: 'Courier' }],
      denyList: { names: ['Eve Example'], emails: [] },
    }
    const said = describeChanges(defaultVisitPolicies, after)
    expect(said).toContain('visitTypes[Visitor].name: "Guest" -> "Visitor"')
    expect(said).toContain('visitTypes[Visitor].maxAccessHours: 12 -> 4')
    expect(said).toMatch(/visitTypes\[Visitor\]\.agreement\.text: "I will follow [^;]{40,50}… -> "x{58}…;/)
    expect(said).toContain('visitTypes[Visitor].agreement.version: 1 -> 2')
    expect(said).toContain(`visitTypes[${second!.name}]: removed`)
    expect(said).toContain('visitTypes[Courier]: added')
    expect(said).toContain('denyList.names: added "Eve Example"')
    expect(said).not.toContain('checkInDays')
  })

  it('never puts a secret into the trail, only that it changed', () => {
    const said = describeChanges({ kisi: { sealedApiKey: 'aaa', pinHash: 'h1', webhookUrl: 'https://x/1' } }, { kisi: { sealedApiKey: 'bbb', pinHash: 'h2', webhookUrl: 'https://x/2' } })
    expect(said).toBe('kisi.sealedApiKey: changed; kisi.pinHash: changed; kisi.webhookUrl: changed')
  })
})
