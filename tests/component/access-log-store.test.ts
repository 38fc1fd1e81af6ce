import { flushPromises } from '@vue/test-utils'
import { beforeEach, describe, expect, it } from 'vitest'
import type { AccessLogSyncStatus } from '@shared/ipc/access-log-calls'
import type { AccessLogEntry, AccessLogPage } from '@shared/schemas/access-log'
import type { Result } from '@shared/ipc/result'
import { accessLogPageSize, firstAccessLogPage, useAccessLogStore } from '@renderer/stores/access-log-view'
import { accessLogDay } from '../fixtures/access-log-entries'
import { createFakeKiosk, fail, ok, type FakeKiosk } from './fake-kiosk'

let fake: FakeKiosk
beforeEach(() => {
  fake = createFakeKiosk()
})

interface DayRequest {
  day: string
  after: { at: string; id: string } | null
  limit: number
}

/** Answers `accessLog.day` from a list of lines, newest first, by cursor, as main does. */
function serveDay(entries: AccessLogEntry[]): DayRequest[] {
  const requests: DayRequest[] = []
  fake.calls['accessLog.day'].mockImplementation((request) => {
    const asked = request as DayRequest
    requests.push(asked)
    const start = asked.after === null ? 0 : entries.findIndex((entry) => entry.id === asked.after?.id) + 1
    const slice = entries.slice(start, start + asked.limit)
    const last = slice.at(-1)
    const next = start + asked.limit < entries.length && last ? { at: last.at, id: last.id } : null
    return ok<AccessLogPage>({ entries: slice, next, total: entries.length })
  })
  return requests
}

const status = (overrides: Partial<AccessLogSyncStatus> = {}): AccessLogSyncStatus => ({
  lastSyncedAt: '2026-11-28T11:00:00.000Z',
  syncedUntil: '2026-11-28T11:00:00.000Z',
  running: false,
  behind: false,
  problem: null,
  ...overrides,
})

describe('the access log store', () => {
  it('shows a small first page at once, then fetches the rest of the day in large pages', async () => {
    const requests = serveDay(accessLogDay(25_000))
    const store = useAccessLogStore()
    const opening = store.open('2026-11-28')
    await Promise.resolve()
    await Promise.resolve()
    await Promise.resolve()
    expect(requests[0]).toEqual({ day: '2026-11-28', after: null, limit: firstAccessLogPage })
    await opening
    expect(requests.map((request) => request.limit)).toEqual([firstAccessLogPage, accessLogPageSize, accessLogPageSize, accessLogPageSize])
    expect(store.received).toBe(25_000)
    expect(store.total).toBe(25_000)
    expect(store.loading).toBe(false)
    expect(new Set(store.filtered.map((entry) => entry.id)).size).toBe(25_000)
  })

  it('drops the pages of a day once another day is asked for', async () => {
    const answers: ((result: Result<AccessLogPage>) => void)[] = []
    fake.calls['accessLog.day'].mockImplementation(() => new Promise((resolve) => answers.push(resolve)))
    const store = useAccessLogStore()
    const first = store.open('2026-11-27')
    const second = store.open('2026-11-28')
    await flushPromises()
    answers[1]?.({ ok: true, value: { entries: accessLogDay(3, '2026-11-28'), next: null, total: 3 } })
    answers[0]?.({ ok: true, value: { entries: accessLogDay(7, '2026-11-27'), next: null, total: 7 } })
    await Promise.all([first, second])
    expect(store.day).toBe('2026-11-28')
    expect(store.received).toBe(3)
    expect(store.total).toBe(3)
  })

  it('says in words why a day could not be read, and keeps no half day', async () => {
    fake.calls['accessLog.day'].mockImplementation(() => fail({ code: 'forbidden', message: 'reception reads today only', reason: 'accessLogTodayOnly', params: {} }))
    const store = useAccessLogStore()
    await store.open('2026-11-20')
    expect(store.loadError).toBe('Reception can read today’s access log only; earlier days are for a manager.')
    expect(store.loading).toBe(false)
  })

  it('filters, sums up and counts by hour what has arrived', async () => {
    serveDay(accessLogDay(1000))
    const store = useAccessLogStore()
    await store.open('2026-11-28')
    store.setFilter({ ...store.filter, outcome: 'refused' })
    expect(store.filtered.every((entry) => entry.outcome === 'refused')).toBe(true)
    expect(store.filtered.length).toBe(store.summary.deniedAttempts)
    expect(store.hours.reduce((sum, hour) => sum + hour.denials, 0)).toBe(store.summary.deniedAttempts)
    expect(store.hours.reduce((sum, hour) => sum + hour.unlocks, 0)).toBe(0)
    expect(store.choices.doors.map((door) => door.name)).toEqual(['Front door', 'Garage', 'Server room'])
  })

  it('does not filter the day again for a filter equal to the one it has', async () => {
    serveDay(accessLogDay(1000))
    const store = useAccessLogStore()
    await store.open('2026-11-28')
    store.setFilter({ ...store.filter, outcome: 'refused' })
    const refused = store.filtered
    // As the view does when the address it wrote comes back from the router.
    store.setFilter({ ...store.filter })
    expect(store.filtered).toBe(refused)
  })

  it('reloads the day when a sync it was waiting for has finished, not for a day synced long ago', async () => {
    const requests = serveDay(accessLogDay(10))
    fake.calls['accessLog.syncStatus'].mockImplementation(() => ok(status({ syncedUntil: '2026-11-28T11:00:00.000Z' })))
    fake.calls['accessLog.sync'].mockImplementation(() => ok(status({ running: true })))
    const store = useAccessLogStore()
    await store.loadSyncStatus()
    await store.open('2026-11-28')
    expect(store.daySynced).toBe(false)
    await store.syncNow()
    expect(store.syncStatus?.running).toBe(true)
    fake.emit('accessLog.syncStatusChanged', status({ syncedUntil: '2026-11-29T12:00:00.000Z', lastSyncedAt: '2026-11-29T12:00:00.000Z' }))
    await flushPromises()
    expect(requests).toHaveLength(2)
    expect(store.daySynced).toBe(true)

    fake.emit('accessLog.syncStatusChanged', status({ running: true, syncedUntil: '2026-11-29T12:00:00.000Z' }))
    fake.emit('accessLog.syncStatusChanged', status({ syncedUntil: '2026-11-29T12:05:00.000Z' }))
    await flushPromises()
    expect(requests).toHaveLength(2)
  })

  it('keeps the lines on screen while a finished sync’s reload is read, then swaps the newer day in', async () => {
    const before = accessLogDay(10)
    serveDay(before)
    fake.calls['accessLog.syncStatus'].mockImplementation(() => ok(status({ syncedUntil: '2026-11-28T11:00:00.000Z' })))
    const store = useAccessLogStore()
    await store.loadSyncStatus()
    await store.open('2026-11-28')
    expect(store.received).toBe(10)

    const after = accessLogDay(12)
    let release: () => void = () => {}
    fake.calls['accessLog.day'].mockImplementation(() => new Promise<void>((resolve) => (release = resolve)).then(() => ok<AccessLogPage>({ entries: after, next: null, total: 12 })))
    fake.emit('accessLog.syncStatusChanged', status({ running: true }))
    fake.emit('accessLog.syncStatusChanged', status({ syncedUntil: '2026-11-29T12:00:00.000Z' }))
    await flushPromises()
    expect(store.loading).toBe(false)
    expect(store.filtered.map((entry) => entry.id)).toEqual(before.map((entry) => entry.id))

    release()
    await flushPromises()
    expect(store.received).toBe(12)
    expect(store.total).toBe(12)
    expect(store.filtered.map((entry) => entry.id)).toEqual(after.map((entry) => entry.id))
  })
})
