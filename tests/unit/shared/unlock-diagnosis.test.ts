import { describe, expect, it } from 'vitest'
import { diagnoseUnlock, type UnlockSnapshot } from '@shared/domain/unlock-diagnosis'
import type { UnlockFinding, UnlockFindingParams } from '@shared/schemas/account'

const now = new Date('2026-11-28T12:00:00Z')
const staff = { groupName: 'Staff', holdsDoor: true, readerRestricted: false, validFrom: null, validUntil: null }
const healthy: UnlockSnapshot = {
  inAppUnlockAllowed: true,
  user: { name: 'Mia Hoffmann', accessEnabled: true },
  door: { name: 'Main Entrance', online: true, lockedDown: false, readerRestricted: false, placeLockedDown: false },
  assignments: [staff],
  lastRefusal: null,
}
const blockers = (snapshot: UnlockSnapshot) =>
  diagnoseUnlock(snapshot, now)
    .findings.filter((finding) => finding.severity === 'blocker')
    .map((finding) => finding.finding)

describe('diagnoseUnlock', () => {
  it('says who can unlock and through which group', () => {
    expect(diagnoseUnlock(healthy, now)).toEqual({
      canUnlock: true,
      findings: [{ severity: 'ok', finding: 'canUnlock', params: { person: 'Mia Hoffmann', door: 'Main Entrance', groups: ['Staff'] } }],
    })
  })

  it.each<[string, UnlockSnapshot, UnlockFinding, UnlockFindingParams]>([
    ['a disabled person', { ...healthy, user: { ...healthy.user, accessEnabled: false } }, 'accessDisabled', { person: 'Mia Hoffmann' }],
    ['no group with the door', { ...healthy, assignments: [{ ...staff, holdsDoor: false }] }, 'noGroupForDoor', { person: 'Mia Hoffmann', door: 'Main Entrance' }],
    ['access not started', { ...healthy, assignments: [{ ...staff, validFrom: '2026-12-01T00:00:00Z' }] }, 'accessNotStarted', { person: 'Mia Hoffmann', door: 'Main Entrance' }],
    ['access ended', { ...healthy, assignments: [{ ...staff, validUntil: '2026-11-01T00:00:00Z' }] }, 'accessEnded', { person: 'Mia Hoffmann', door: 'Main Entrance' }],
    ['a reader-restricted group', { ...healthy, assignments: [{ ...staff, readerRestricted: true }] }, 'groupReaderRestriction', { groups: ['Staff'] }],
    ['a reader-restricted door', { ...healthy, door: { ...healthy.door, readerRestricted: true } }, 'doorReaderRestriction', { door: 'Main Entrance' }],
    ['a lockdown', { ...healthy, door: { ...healthy.door, placeLockedDown: true } }, 'lockedDown', { door: 'Main Entrance' }],
    ['an offline controller', { ...healthy, door: { ...healthy.door, online: false } }, 'controllerOffline', { door: 'Main Entrance' }],
    ['in-app unlock switched off here', { ...healthy, inAppUnlockAllowed: false }, 'inAppUnlockOff', {}],
  ])('finds %s, with its facts', (_label, snapshot, finding, params) => {
    const diagnosis = diagnoseUnlock(snapshot, now)
    expect(diagnosis.canUnlock).toBe(false)
    expect(diagnosis.findings).toEqual([{ severity: 'blocker', finding, params }])
  })

  it('lets one unrestricted, current group be enough, as Kisi does', () => {
    const snapshot = { ...healthy, assignments: [{ ...staff, readerRestricted: true, groupName: 'Deliveries' }, staff] }
    expect(diagnoseUnlock(snapshot, now).canUnlock).toBe(true)
  })

  it('adds the last refusal from Kisi’s access log, its code in words, without overruling the data', () => {
    const refusal = {
      at: new Date(2026, 10, 27, 9, 15).toISOString(),
      code: 'bbc93f',
      wording: { message: 'In-app unlocking is switched off for this group.', hint: 'Turn off the tap-to-access restriction.' },
    }
    const diagnosis = diagnoseUnlock({ ...healthy, lastRefusal: refusal }, now)
    expect(diagnosis.canUnlock).toBe(true)
    expect(diagnosis.findings).toEqual([
      {
        severity: 'warning',
        finding: 'lastRefusal',
        params: {
          person: 'Mia Hoffmann',
          door: 'Main Entrance',
          at: refusal.at,
          kisiCode: 'bbc93f',
          kisiMessage: 'In-app unlocking is switched off for this group.',
          kisiHint: 'Turn off the tap-to-access restriction.',
        },
      },
      { severity: 'ok', finding: 'canUnlock', params: { person: 'Mia Hoffmann', door: 'Main Entrance', groups: ['Staff'] } },
    ])
  })

  it('names an unknown refusal code, and says when the access log could not be read', () => {
    const unknown = diagnoseUnlock({ ...healthy, lastRefusal: { at: now.toISOString(), code: 'abc123', wording: null } }, now).findings[0]
    expect(unknown).toMatchObject({ severity: 'warning', finding: 'lastRefusalUnknownCode', params: { kisiCode: 'abc123', at: now.toISOString() } })
    const withoutCode = diagnoseUnlock({ ...healthy, lastRefusal: { at: now.toISOString(), code: null, wording: null } }, now).findings[0]
    expect(withoutCode).toMatchObject({ severity: 'warning', finding: 'lastRefusalWithoutCode' })
    expect(diagnoseUnlock({ ...healthy, lastRefusal: 'unavailable' }, now).findings[0]).toEqual({ severity: 'warning', finding: 'accessLogUnavailable', params: {} })
  })

  it('lists every blocker at once, not just the first', () => {
    expect(blockers({ ...healthy, user: { ...healthy.user, accessEnabled: false }, door: { ...healthy.door, online: false } })).toHaveLength(2)
  })
})
