import { describe, expect, it } from 'vitest'
import { accessLogChoices } from '@shared/domain/access-log/access-log-choices'
import { appendToAccessLogIndex, createAccessLogIndex, emptyAccessLogFilter, filterAccessLog, type AccessLogFilter } from '@shared/domain/access-log/access-log-filter'
import { accessLogByHour } from '@shared/domain/access-log/access-log-hours'
import { accessLogViewFromQuery, accessLogViewToQuery } from '@shared/domain/access-log/access-log-query'
import { summarizeAccessLog } from '@shared/domain/access-log/access-log-summary'
import type { AccessLogEntry } from '@shared/schemas/access-log'
import { accessLogDay, accessLogEntry } from '../../fixtures/access-log-entries'

const local = (day: string, time: string): string => new Date(`${day}T${time}`).toISOString()

const lines: AccessLogEntry[] = [
  accessLogEntry({ id: 'kisi:3', at: local('2026-11-28', '17:05:00'), person: 'Zoë Šimić', doorId: 12, doorName: 'Garage', outcome: 'refused', detail: 'Outside the schedule' }),
  accessLogEntry({ id: 'staff:1', at: local('2026-11-28', '16:00:00'), source: 'staff', kind: 'staff-action', doorId: null, doorName: null, person: 'Manager', kisiUserId: null, detail: 'Unlocked Garage remotely' }),
  accessLogEntry({ id: 'kiosk:2', at: local('2026-11-28', '09:30:00'), source: 'kiosk', kind: 'check-in', doorId: null, doorName: null, person: 'Bob Visitor', kisiUserId: null, visitId: 'v1' }),
  accessLogEntry({ id: 'kisi:1', at: local('2026-11-28', '09:10:00') }),
]

function filtered(filter: Partial<AccessLogFilter>, entries = lines): string[] {
  const index = createAccessLogIndex()
  appendToAccessLogIndex(index, entries)
  return filterAccessLog(index, { ...emptyAccessLogFilter, ...filter }).map((entry) => entry.id)
}

describe('filtering a day of the access log', () => {
  it('lets everything through with no filter, in the order given', () => {
    expect(filtered({})).toEqual(['kisi:3', 'staff:1', 'kiosk:2', 'kisi:1'])
  })

  it('narrows by door, kind, outcome, source and person, together', () => {
    expect(filtered({ doorId: 12 })).toEqual(['kisi:3'])
    expect(filtered({ kind: 'check-in' })).toEqual(['kiosk:2'])
    expect(filtered({ outcome: 'refused' })).toEqual(['kisi:3'])
    expect(filtered({ source: 'staff' })).toEqual(['staff:1'])
    expect(filtered({ person: 'zoe simic' })).toEqual(['kisi:3'])
    expect(filtered({ source: 'kisi', outcome: 'succeeded' })).toEqual(['kisi:1'])
    expect(filtered({ source: 'kiosk', doorId: 11 })).toEqual([])
  })

  it('searches person, door and detail, ignoring case and accents', () => {
    expect(filtered({ search: 'ZOE' })).toEqual(['kisi:3'])
    expect(filtered({ search: 'garage' })).toEqual(['kisi:3', 'staff:1'])
    expect(filtered({ search: 'schedule' })).toEqual(['kisi:3'])
    expect(filtered({ search: '  front  ' })).toEqual(['kisi:1'])
    expect(filtered({ search: 'nobody here' })).toEqual([])
  })

  it('does not match across two fields', () => {
    expect(filtered({ search: 'lovelace front' })).toEqual([])
  })

  it('filters pages appended one after the other as one day', () => {
    const index = createAccessLogIndex()
    appendToAccessLogIndex(index, lines.slice(0, 2))
    appendToAccessLogIndex(index, lines.slice(2))
    expect(filterAccessLog(index, { ...emptyAccessLogFilter, search: 'o' }).length).toBe(4)
    expect(filterAccessLog(index, { ...emptyAccessLogFilter, doorId: 11 }).map((entry) => entry.id)).toEqual(['kisi:1'])
  })

  it('finds in 100 000 indexed lines exactly what a plain scan finds (its speed is measured by npm run bench)', () => {
    const day = accessLogDay(100_000)
    const index = createAccessLogIndex()
    appendToAccessLogIndex(index, day)
    const found = filterAccessLog(index, { ...emptyAccessLogFilter, search: 'visitor link', outcome: 'refused' })
    const expected = day.filter((entry) => entry.outcome === 'refused' && ['visitor', 'link'].every((word) => [entry.person, entry.doorName, entry.detail].some((field) => (field ?? '').toLowerCase().includes(word))))
    expect(found.length).toBeGreaterThan(0)
    expect(found.map((entry) => entry.id)).toEqual(expected.map((entry) => entry.id))
  })
})

describe('summing up a day', () => {
  it('counts distinct visits let in, unlocks and refused unlocks', () => {
    const day = [
      ...lines,
      accessLogEntry({ id: 'kiosk:5', source: 'kiosk', kind: 'check-in', visitId: 'v1' }),
      accessLogEntry({ id: 'kiosk:6', source: 'kiosk', kind: 'approval', visitId: 'v2' }),
      accessLogEntry({ id: 'kiosk:7', source: 'kiosk', kind: 'held-for-approval', outcome: 'held', visitId: 'v3' }),
      accessLogEntry({ id: 'kisi:9', outcome: 'failed' }),
    ]
    expect(summarizeAccessLog(day)).toEqual({ visitors: 2, unlocks: 1, deniedAttempts: 1 })
    expect(summarizeAccessLog([])).toEqual({ visitors: 0, unlocks: 0, deniedAttempts: 0 })
  })

  it('puts unlocks and denials in the local hour they happened', () => {
    const hours = accessLogByHour(lines)
    expect(hours).toHaveLength(24)
    expect(hours[9]).toEqual({ hour: 9, unlocks: 1, denials: 0 })
    expect(hours[17]).toEqual({ hour: 17, unlocks: 0, denials: 1 })
    expect(hours[16]).toEqual({ hour: 16, unlocks: 0, denials: 0 })
    expect(hours.reduce((sum, hour) => sum + hour.unlocks + hour.denials, 0)).toBe(2)
  })

  it('offers the doors and people of the day, sorted by name', () => {
    expect(accessLogChoices(lines)).toEqual({
      doors: [
        { id: 11, name: 'Front door' },
        { id: 12, name: 'Garage' },
      ],
      people: ['Ada Lovelace', 'Bob Visitor', 'Manager', 'Zoë Šimić'],
    })
  })
})

describe('a view in the address', () => {
  it('round-trips the day and every filter', () => {
    const view = { day: '2026-11-27', filter: { doorId: 12, kind: 'unlock', outcome: 'refused', person: 'Zoë Šimić', source: 'kisi', search: 'garage' } } as const
    expect(accessLogViewFromQuery(accessLogViewToQuery(view))).toEqual(view)
    expect(accessLogViewToQuery({ day: null, filter: emptyAccessLogFilter })).toEqual({})
  })

  it('ignores values that make no sense and keeps the rest', () => {
    const view = accessLogViewFromQuery({ day: '2026-02-30', door: 'front', kind: 'teleport', outcome: ['refused', 'held'], source: 42, q: ['lift'], person: '' })
    expect(view).toEqual({ day: null, filter: { ...emptyAccessLogFilter, outcome: 'refused', search: 'lift' } })
    expect(accessLogViewFromQuery({ day: 'yesterday', door: '12' }).filter.doorId).toBe(12)
  })
})
