import { describe, expect, it } from 'vitest'
import { diagnoseUnlock, type UnlockSnapshot } from '@shared/domain/unlock-diagnosis'

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
    .map((finding) => finding.message)

describe('diagnoseUnlock', () => {
  it('says who can unlock and through which group', () => {
    expect(diagnoseUnlock(healthy, now)).toEqual({
      canUnlock: true,
      findings: [{ severity: 'ok', message: 'Mia Hoffmann can unlock Main Entrance through Staff.', fix: null }],
    })
  })

  it.each<[string, UnlockSnapshot, RegExp]>([
    ['a disabled person', { ...healthy, user: { ...healthy.user, accessEnabled: false } }, /access is disabled/],
    ['no group with the door', { ...healthy, assignments: [{ ...staff, holdsDoor: false }] }, /None of Mia Hoffmann’s groups includes Main Entrance/],
    ['access not started', { ...healthy, assignments: [{ ...staff, validFrom: '2026-12-01T00:00:00Z' }] }, /has not started yet/],
    ['access ended', { ...healthy, assignments: [{ ...staff, validUntil: '2026-11-01T00:00:00Z' }] }, /has ended/],
    ['a reader-restricted group', { ...healthy, assignments: [{ ...staff, readerRestricted: true }] }, /Kisi Reader Restriction is on for Staff/],
    ['a reader-restricted door', { ...healthy, door: { ...healthy.door, readerRestricted: true } }, /Reader Restriction is on for the door Main Entrance itself/],
    ['a lockdown', { ...healthy, door: { ...healthy.door, placeLockedDown: true } }, /locked down/],
    ['an offline controller', { ...healthy, door: { ...healthy.door, online: false } }, /controller of Main Entrance is offline/],
    ['in-app unlock switched off here', { ...healthy, inAppUnlockAllowed: false }, /switched off in the kiosk/],
  ])('explains %s, with a fix', (_label, snapshot, expected) => {
    const diagnosis = diagnoseUnlock(snapshot, now)
    expect(diagnosis.canUnlock).toBe(false)
    expect(blockers(snapshot).join(' ')).toMatch(expected)
    expect(diagnosis.findings.every((finding) => finding.fix !== null)).toBe(true)
  })

  it('tells how to turn the reader restriction off', () => {
    const [finding] = diagnoseUnlock({ ...healthy, assignments: [{ ...staff, readerRestricted: true }] }, now).findings
    expect(finding?.fix).toMatch(/Turn off the Kisi Reader Restriction in the group's settings/)
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
        message: 'Kisi’s access log: Mia Hoffmann’s last unlock of Main Entrance was refused on 27 Nov, 09:15 (code bbc93f): In-app unlocking is switched off for this group.',
        fix: 'Turn off the tap-to-access restriction.',
      },
      { severity: 'ok', message: 'Mia Hoffmann can unlock Main Entrance through Staff.', fix: null },
    ])
  })

  it('names an unknown refusal code, and says when the access log could not be read', () => {
    const unknown = diagnoseUnlock({ ...healthy, lastRefusal: { at: now.toISOString(), code: 'abc123', wording: null } }, now).findings[0]
    expect(unknown?.message).toMatch(/was refused on .* \(code abc123\)\.$/)
    expect(unknown?.fix).toMatch(/look up this code/)
    expect(diagnoseUnlock({ ...healthy, lastRefusal: 'unavailable' }, now).findings[0]).toMatchObject({ severity: 'warning', message: expect.stringContaining('could not be read') })
  })

  it('lists every blocker at once, not just the first', () => {
    expect(blockers({ ...healthy, user: { ...healthy.user, accessEnabled: false }, door: { ...healthy.door, online: false } })).toHaveLength(2)
  })
})
