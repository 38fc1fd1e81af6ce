import { describe, expect, it } from 'vitest'
import { eventSyncTarget, kisiIntervalTime, nextEventSyncWindow } from '../../../electron/services/access-log/event-sync-window'
import { kisiEventRowOf } from '../../../electron/services/access-log/kisi-event-row'
import type { KisiEvent } from '../../../electron/services/kisi/kisi-event-schemas'

const day = 24 * 60 * 60_000
const options = { overlapMs: 10 * 60_000, firstSyncMs: 90 * day }

describe('the window a sync reads next', () => {
  it('ends at the next whole second, so events of this very second are in', () => {
    expect(eventSyncTarget(new Date('2026-11-28T12:00:00.250Z'))).toBe('2026-11-28T12:00:01.000Z')
    expect(eventSyncTarget(new Date('2026-11-28T12:00:00.000Z'))).toBe('2026-11-28T12:00:00.000Z')
  })

  it('reaches 90 days back the first time, and starts the overlap before synced-until afterwards', () => {
    expect(nextEventSyncWindow(null, '2026-11-28T12:00:00.000Z', options)).toEqual({ from: '2026-08-30T12:00:00.000Z', until: '2026-11-28T12:00:00.000Z' })
    expect(nextEventSyncWindow('2026-11-28T11:55:00.500Z', '2026-11-28T12:00:00.000Z', options)).toEqual({ from: '2026-11-28T11:45:00.000Z', until: '2026-11-28T12:00:00.000Z' })
  })

  it('is at most one event set (90 days) wide, and there is none once synced up to the target', () => {
    expect(nextEventSyncWindow('2026-01-01T00:10:00.000Z', '2026-11-28T12:00:00.000Z', options)).toEqual({ from: '2026-01-01T00:00:00.000Z', until: '2026-04-01T00:00:00.000Z' })
    expect(nextEventSyncWindow('2026-11-28T12:00:00.000Z', '2026-11-28T12:00:00.000Z', options)).toBeNull()
  })

  it('is sent to Kisi in whole seconds, as its examples are', () => {
    expect(kisiIntervalTime('2026-11-28T12:00:00.000Z')).toBe('2026-11-28T12:00:00Z')
  })
})

const unlock: KisiEvent = {
  uuid: '6f1c0e57-8f8a-4a62-9d7b-2ad0b7b1c001',
  type: 'lock.unlock',
  actorType: 'User',
  actorId: 7,
  actorName: 'Mia Wong',
  authenticatedByType: 'GroupLink',
  authenticatedById: 99,
  objectType: 'Lock',
  objectId: 1002,
  objectName: 'Front Door',
  createdAt: '2026-11-28T09:15:02+01:00',
  success: false,
  code: 'fac001',
  message: 'The Kisi controller is currently unavailable.',
  placeId: 5,
}

describe('a Kisi event as the log keeps it', () => {
  it('is kept only for the kiosk’s place, whatever the query asked for', () => {
    expect(kisiEventRowOf(unlock, 6)).toBeNull()
    expect(kisiEventRowOf({ ...unlock, placeId: null }, 5)).toBeNull()
  })

  it('has its time in UTC, its action, the link it came through and its error', () => {
    expect(kisiEventRowOf(unlock, 5)).toMatchObject({ at: '2026-11-28T08:15:02.000Z', action: 'unlock', groupLinkId: 99, errorCode: 'fac001', errorMessage: 'The Kisi controller is currently unavailable.' })
  })

  it('has no error for a granted action, whatever its message says', () => {
    expect(kisiEventRowOf({ ...unlock, success: true, code: null, message: 'Mia Wong unlocked Front Door', authenticatedByType: 'Login' }, 5)).toMatchObject({ groupLinkId: null, errorCode: null, errorMessage: null })
  })
})
