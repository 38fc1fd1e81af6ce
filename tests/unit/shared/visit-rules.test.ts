import { describe, expect, it } from 'vitest'
import { accessWindowFor, autoCheckOutFor, clockToleranceMinutes } from '@shared/domain/access-window'
import { checkInHoursOf, isCheckInOpen } from '@shared/domain/check-in-hours'
import { formatInviteCode, normalizeInviteCode } from '@shared/domain/invite-code'
import { nextTimeOfDay } from '@shared/domain/time-of-day'

/** Local times, as the kiosk's rules read them: Wednesday 25 November 2026. */
const at = (time: string, day = 25): Date => new Date(`2026-11-${day}T${time}:00`)
const minutesBetween = (from: Date, to: Date): number => (to.getTime() - from.getTime()) / 60_000

describe('check-in hours', () => {
  const weekdays = { checkInDays: [5, 1, 2, 3, 4], checkInFrom: '08:00', checkInUntil: '18:00' }

  it('is open from the opening minute up to, not including, the closing minute', () => {
    expect(isCheckInOpen(weekdays, at('07:59'))).toBe(false)
    expect(isCheckInOpen(weekdays, at('08:00'))).toBe(true)
    expect(isCheckInOpen(weekdays, at('17:59'))).toBe(true)
    expect(isCheckInOpen(weekdays, at('18:00'))).toBe(false)
  })

  it('is closed on days the type does not take visitors, and gives its hours as data for the screen to word', () => {
    expect(isCheckInOpen(weekdays, at('12:00', 28))).toBe(false)
    expect(checkInHoursOf(weekdays)).toEqual({ days: [1, 2, 3, 4, 5], from: '08:00', until: '18:00' })
  })

  it('treats 23:59 as midnight, so a type can take visitors all day', () => {
    const allDay = { ...weekdays, checkInDays: [1, 2, 3, 4, 5, 6, 7], checkInFrom: '00:00', checkInUntil: '23:59' }
    expect(isCheckInOpen(allDay, at('00:00'))).toBe(true)
    expect(isCheckInOpen(allDay, new Date(2026, 10, 25, 23, 59, 59))).toBe(true)
  })
})

describe('nextTimeOfDay', () => {
  it('is later today when that time is still ahead, else tomorrow', () => {
    expect(nextTimeOfDay(at('09:30'), '18:00')).toEqual(at('18:00'))
    expect(nextTimeOfDay(at('18:00'), '18:00')).toEqual(at('18:00', 26))
    expect(nextTimeOfDay(at('19:00'), '06:30')).toEqual(at('06:30', 26))
  })
})

describe('accessWindowFor', () => {
  it('opens a few minutes early, so a kiosk clock ahead of Kisi’s does not refuse the first minutes', () => {
    const window = accessWindowFor({ accessWindow: { mode: 'hours', hours: 8 }, maxAccessHours: 12 }, at('09:00'))
    expect(minutesBetween(window.validFrom, at('09:00'))).toBe(clockToleranceMinutes)
    expect(window.validUntil).toEqual(at('17:00'))
  })

  it('ends at the closing time, and never beyond the type’s maximum', () => {
    const untilSix = { accessWindow: { mode: 'until', closingTime: '18:00' }, maxAccessHours: 12 } as const
    expect(accessWindowFor(untilSix, at('09:00')).validUntil).toEqual(at('18:00'))
    // Checked in after closing: the next closing time is tomorrow, so the maximum decides.
    expect(accessWindowFor(untilSix, at('19:00')).validUntil).toEqual(at('07:00', 26))
    expect(accessWindowFor({ accessWindow: { mode: 'hours', hours: 24 }, maxAccessHours: 4 }, at('09:00')).validUntil).toEqual(at('13:00'))
  })

  it('ends by the visit’s automatic check-out when that comes first, so a link never outlives its visit', () => {
    const eightHours = { accessWindow: { mode: 'hours', hours: 8 }, maxAccessHours: 12 } as const
    expect(accessWindowFor(eightHours, at('08:13'), at('08:15')).validUntil).toEqual(at('08:15'))
    expect(accessWindowFor(eightHours, at('08:13'), at('20:00')).validUntil).toEqual(at('16:13'))
  })
})

describe('autoCheckOutFor', () => {
  it('is the next occurrence of the type’s time, or never', () => {
    expect(autoCheckOutFor({ autoCheckOutTime: '20:00' }, at('09:00'))).toEqual(at('20:00'))
    expect(autoCheckOutFor({ autoCheckOutTime: '20:00' }, at('21:00'))).toEqual(at('20:00', 26))
    expect(autoCheckOutFor({ autoCheckOutTime: null }, at('09:00'))).toBeNull()
  })
})

describe('invite codes', () => {
  it('accept what a visitor types or a scanner sends, and read back with a dash', () => {
    expect(normalizeInviteCode(' k7pq-4x2m\n')).toBe('K7PQ4X2M')
    expect(normalizeInviteCode('K7PQ 4X2M')).toBe('K7PQ4X2M')
    expect(formatInviteCode('K7PQ4X2M')).toBe('K7PQ-4X2M')
    expect(formatInviteCode('SHORT')).toBe('SHORT')
  })
})
