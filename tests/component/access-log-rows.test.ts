import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { accessLogRows, accessLogWords } from '@renderer/words/access-log-rows'
import { accessLogLine } from '../fixtures/access-log-lines'

/** A moment of the test's local time zone as ISO UTC, the way main sends it. */
const localIso = (day: string, time: string): string => new Date(`${day}T${time}`).toISOString()

describe('accessLogRows', () => {
  const words = accessLogWords()

  it('starts with a header row in the locale’s words', () => {
    expect(accessLogRows([], words, { day: '2025-06-12', time: 'date-time' })).toEqual([['Time', 'What', 'Outcome', 'Door', 'Person', 'Detail', 'Source']])
  })

  it('words each line: local time, kind, outcome and source from the locale; door, person and detail as recorded', () => {
    const lines = [
      accessLogLine({ at: localIso('2025-06-12', '14:05:07'), outcome: 'refused', detail: 'Outside the schedule' }),
      accessLogLine({ id: 'kiosk:3', at: localIso('2025-06-12', '08:00:00'), source: 'kiosk', kind: 'check-in', doorName: null, person: 'Zoë Ł.', detail: '' }),
      accessLogLine({ id: 'staff:1', at: localIso('2025-06-12', '23:59:59'), source: 'staff', kind: 'staff-action', outcome: 'failed', doorName: null, person: null }),
    ]
    const [, unlock, checkIn, staff] = accessLogRows(lines, words, { day: '2025-06-12', time: 'date-time' })
    expect(unlock).toEqual(['2025-06-12 14:05:07', 'Unlock', 'Refused', 'Front door', 'Ann Example', 'Outside the schedule', 'Kisi'])
    expect(checkIn).toEqual(['2025-06-12 08:00:00', 'Check-in', 'Succeeded', '', 'Zoë Ł.', '', 'Kiosk'])
    expect(staff?.slice(0, 3)).toEqual(['2025-06-12 23:59:59', 'Staff action', 'Failed'])
    expect(staff?.[4]).toBe('')
    expect(staff?.[6]).toBe('Staff')
  })

  describe('away from UTC', () => {
    const machineZone = process.env.TZ
    beforeAll(() => void (process.env.TZ = 'Asia/Kolkata'))
    afterAll(() => void (process.env.TZ = machineZone))

    it('reads the time in the kiosk’s zone, not in UTC (the day of a late line included)', () => {
      const lines = [accessLogLine({ at: '2025-06-12T08:35:07.000Z' }), accessLogLine({ at: '2025-06-12T20:00:00.000Z' })]
      const rows = accessLogRows(lines, words, { day: '2025-06-12', time: 'date-time' })
      expect(rows.slice(1).map((row) => row[0])).toEqual(['2025-06-12 14:05:07', '2025-06-13 01:30:00'])
    })
  })

  it('gives only the time for a printed report, and reads a moment in a detail in local time', () => {
    const until = localIso('2025-06-12', '17:45:00')
    const [, row] = accessLogRows([accessLogLine({ at: localIso('2025-06-12', '09:01:02'), kind: 'link-issued', detail: `Valid until ${until}` })], words, {
      day: '2025-06-12',
      time: 'time',
    })
    expect(row?.[0]).toBe('09:01:02')
    expect(row?.[5]).toBe('Valid until 17:45')
  })
})
