import { describe, expect, it } from 'vitest'
import { accessWindowFor, autoCheckOutFor, clockToleranceMinutes } from '@shared/domain/access-window'
import { checkInHours, describeDays } from '@shared/domain/check-in-hours'
import { matchesDenyList, normalizeName } from '@shared/domain/deny-list'
import { formatInviteCode, normalizeInviteCode } from '@shared/domain/invite-code'
import { nextTimeOfDay } from '@shared/domain/time-of-day'

/** Local times, as the kiosk's rules read them: Wednesday 25 November 2026. */
const at = (time: string, day = 25): Date => new Date(`2026-11-${day}T${time}:00`)
const minutesBetween = (from: Date, to: Date): number => (to.getTime() - from.getTime()) / 60_000

describe('checkInHours', () => {
  const weekdays = { name: 'Guest', checkInDays: [1, 2, 3, 4, 5], checkInFrom: '08:00', checkInUntil: '18:00' }

  it('is open from the opening minute up to, not including, the closing minute', () => {
    expect(checkInHours(weekdays, at('07:59')).open).toBe(false)
    expect(checkInHours(weekdays, at('08:00')).open).toBe(true)
    expect(checkInHours(weekdays, at('17:59')).open).toBe(true)
    expect(checkInHours(weekdays, at('18:00')).open).toBe(false)
  })

  it('is closed on days the type does not take visitors, and says when it does', () => {
    const saturday = at('12:00', 28)
    expect(checkInHours(weekdays, saturday)).toEqual({ open: false, explanation: 'Guest check-in is open Monday to Friday, 08:00–18:00.' })
  })

  it('treats 23:59 as midnight, so a type can take visitors all day', () => {
    const allDay = { ...weekdays, checkInDays: [1, 2, 3, 4, 5, 6, 7], checkInFrom: '00:00', checkInUntil: '23:59' }
    expect(checkInHours(allDay, at('00:00')).open).toBe(true)
    expect(checkInHours(allDay, new Date(2026, 10, 25, 23, 59, 59)).open).toBe(true)
  })
})

describe('describeDays', () => {
  it('names runs, single days and scattered days in plain words', () => {
    expect(describeDays([1, 2, 3, 4, 5, 6, 7])).toBe('every day')
    expect(describeDays([5, 1, 2, 3, 4])).toBe('Monday to Friday')
    expect(describeDays([3])).toBe('on Wednesday')
    expect(describeDays([1, 3, 6])).toBe('on Monday, Wednesday and Saturday')
    expect(describeDays([6, 7])).toBe('on Saturday and Sunday')
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
})

describe('autoCheckOutFor', () => {
  it('is the next occurrence of the type’s time, or never', () => {
    expect(autoCheckOutFor({ autoCheckOutTime: '20:00' }, at('09:00'))).toEqual(at('20:00'))
    expect(autoCheckOutFor({ autoCheckOutTime: '20:00' }, at('21:00'))).toEqual(at('20:00', 26))
    expect(autoCheckOutFor({ autoCheckOutTime: null }, at('09:00'))).toBeNull()
  })
})

describe('matchesDenyList', () => {
  const list = { names: ['José  Müller'], emails: ['blocked@example.com', '@rival.example'] }

  it('matches a whole name whatever its case, accents and spacing', () => {
    expect(normalizeName('  JOSE muller ')).toBe('jose muller')
    expect(matchesDenyList(list, { name: 'jose muller' })).toBe(true)
    expect(matchesDenyList(list, { name: 'José Müllerson' })).toBe(false)
  })

  it('matches a whole e-mail address or a listed @domain, not a look-alike domain', () => {
    expect(matchesDenyList(list, { name: 'Ada', email: ' Blocked@Example.com ' })).toBe(true)
    expect(matchesDenyList(list, { name: 'Ada', email: 'ceo@rival.example' })).toBe(true)
    expect(matchesDenyList(list, { name: 'Ada', email: 'ceo@notrival.example' })).toBe(false)
    expect(matchesDenyList(list, { name: 'Ada', email: 'ceo@rival.example.org' })).toBe(false)
    expect(matchesDenyList(list, { name: 'Ada' })).toBe(false)
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
