import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { StaffSessions } from '../../../electron/services/staff/staff-sessions'
import { systemClock } from '../../../electron/services/ports'

describe('StaffSessions', () => {
  beforeEach(() => vi.useFakeTimers({ now: Date.parse('2026-11-28T09:00:00Z') }))
  afterEach(() => vi.useRealTimers())

  function sessions() {
    const ended = vi.fn()
    return { sessions: new StaffSessions(systemClock, () => 10, ended), ended }
  }

  it('lets anyone make public calls and nobody staff calls while locked', () => {
    const { sessions: staff } = sessions()
    expect(() => staff.authorize('public')).not.toThrow()
    expect(() => staff.authorize('staff')).toThrow(expect.objectContaining({ code: 'staff_locked' }))
    expect(() => staff.authorize('manager')).toThrow(expect.objectContaining({ code: 'staff_locked' }))
  })

  it('keeps manager calls for managers', () => {
    const { sessions: staff } = sessions()
    staff.start('reception')
    expect(() => staff.authorize('staff')).not.toThrow()
    expect(() => staff.authorize('manager')).toThrow(expect.objectContaining({ code: 'forbidden' }))
    staff.start('manager')
    expect(() => staff.authorize('manager')).not.toThrow()
  })

  it('ends the session by itself after the configured minutes without a staff call, and says so', () => {
    const { sessions: staff, ended } = sessions()
    staff.start('manager')
    vi.advanceTimersByTime(9 * 60_000)
    staff.authorize('staff')
    vi.advanceTimersByTime(9 * 60_000)
    expect(staff.current()?.role).toBe('manager')
    vi.advanceTimersByTime(60_000)
    expect(staff.current()).toBeNull()
    expect(ended).toHaveBeenCalledWith('expired')
    expect(() => staff.authorize('staff')).toThrow(expect.objectContaining({ code: 'staff_locked' }))
  })

  it('reports a lock once', () => {
    const { sessions: staff, ended } = sessions()
    staff.start('reception')
    staff.end('locked')
    staff.end('locked')
    expect(ended).toHaveBeenCalledTimes(1)
    expect(ended).toHaveBeenCalledWith('locked')
  })

  it('tells the console the staff idle setting, as it is at each call', () => {
    let minutes = 10
    const staff = new StaffSessions(systemClock, () => minutes, vi.fn())
    expect(staff.start('reception').idleMinutes).toBe(10)
    minutes = 3
    staff.authorize('staff')
    expect(staff.current()?.idleMinutes).toBe(3)
  })
})
