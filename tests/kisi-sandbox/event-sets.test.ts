import { describe, expect, it } from 'vitest'
import { decodeCursor, encodeCursor, eventPage, matchesFilters, parseDuration, parseInterval } from '../../electron/kisi-sandbox/event-sets'
import type { EventFilters, WireEvent } from '../../electron/kisi-sandbox/sandbox-model'

const at = (text: string) => Date.parse(text)

describe('ISO 8601 intervals', () => {
  it('reads start/end, start/duration and duration/end', () => {
    expect(parseInterval('2026-11-01T00:00:00Z/2026-11-02T00:00:00Z')).toEqual({ start: at('2026-11-01T00:00:00Z'), end: at('2026-11-02T00:00:00Z') })
    expect(parseInterval('2026-11-01T00:00:00+01:00/PT2H')).toEqual({ start: at('2026-10-31T23:00:00Z'), end: at('2026-11-01T01:00:00Z') })
    expect(parseInterval('P1W/2026-11-08T00:00:00Z')).toEqual({ start: at('2026-11-01T00:00:00Z'), end: at('2026-11-08T00:00:00Z') })
  })

  it.each(['P1D', '2026-11-01/2026-11-02', 'yesterday/today', '2026-11-01T00:00:00Z/P', 'a/b/c'])('refuses %s', (text) => {
    expect(parseInterval(text)).toBeNull()
  })

  it('reads durations in weeks, days and time parts', () => {
    expect(parseDuration('P1DT1H1M1.5S')).toBe(((24 + 1) * 60 + 1) * 60_000 + 1_500)
    expect(parseDuration('PT')).toBeNull()
    expect(parseDuration('P1M')).toBeNull()
  })
})

describe('event filters and cursors', () => {
  const event = { type: 'lock.unlock', actor_type: 'GroupLink', actor_id: 7, success: false, place_id: 3, uuid: 'u-1', sequence: 's-1', object_id: 9, object_type: 'Lock' } as WireEvent
  const none: EventFilters = {
    event_actor_id: null, event_actor_type: null, event_authenticated_by_id: null, event_authenticated_by_type: null, event_object_id: null, event_object_type: null,
    event_place_id: null, event_success: null, event_sequence: null, event_type: null, event_uuid: null, place_id: null,
  }

  it('matches every set filter, with comma lists for type, sequence and uuid', () => {
    expect(matchesFilters(event, none)).toBe(true)
    expect(matchesFilters(event, { ...none, event_type: 'user.create, lock.unlock', event_success: false, place_id: 3 })).toBe(true)
    expect(matchesFilters(event, { ...none, event_type: 'lock.unlock', event_success: true })).toBe(false)
    expect(matchesFilters(event, { ...none, event_actor_type: 'User' })).toBe(false)
  })

  it('pages by an opaque cursor that is null after the last page', () => {
    const events = [1, 2, 3, 4, 5].map((n) => ({ ...event, uuid: `u-${n}` }))
    const first = eventPage(events, 0, 2)
    expect(first.events.map((item) => item.uuid)).toEqual(['u-1', 'u-2'])
    expect(decodeCursor(first.cursor!)).toBe(2)
    expect(eventPage(events, 4, 2).cursor).toBeNull()
    expect(eventPage(events, 3, 2).cursor).toBeNull()
    expect(decodeCursor('not a cursor')).toBeNull()
    expect(decodeCursor(encodeCursor(40))).toBe(40)
  })
})
