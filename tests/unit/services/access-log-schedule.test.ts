import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { AccessLogSchedule } from '../../../electron/services/access-log/access-log-schedule'
import type { AccessLogSync } from '../../../electron/services/access-log/access-log-sync'
import type { KisiConnection } from '../../../electron/services/kisi/kisi-connection'
import type { SettingsRepository } from '../../../electron/services/settings/settings-repository'

type Place = { id: number } | null
type PlaceListener = (document: { kisi: { place: Place } }, previous: { kisi: { place: Place } }) => void

/** The schedule's three collaborators as fakes: what it asked of the sync is counted. */
function scheduleWith(ready: boolean) {
  const runs: string[] = []
  let resumed: (() => void) | null = null
  let placeChanged: PlaceListener | null = null
  const sync = {
    run: vi.fn(async () => void runs.push('run')),
    stop: vi.fn(async () => void runs.push('stop')),
    announce: vi.fn(() => void runs.push('announce')),
  }
  const connection = {
    ready: async () => ready,
    onResumed: (listener: () => void) => {
      resumed = listener
      return () => (resumed = null)
    },
  }
  const settings = {
    subscribe: (listener: PlaceListener) => {
      placeChanged = listener
      return () => (placeChanged = null)
    },
  }
  const schedule = new AccessLogSchedule(sync as unknown as AccessLogSync, connection as unknown as KisiConnection, settings as unknown as SettingsRepository, 300_000)
  return {
    schedule,
    runs,
    resume: () => resumed?.(),
    changePlace: (from: Place, to: Place) => placeChanged?.({ kisi: { place: to } }, { kisi: { place: from } }),
    listening: () => resumed !== null || placeChanged !== null,
  }
}

describe('when Kisi’s events are copied without anyone asking', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('at start once Kisi can be used, then every five minutes', async () => {
    const { schedule, runs } = scheduleWith(true)
    schedule.start()
    await vi.advanceTimersByTimeAsync(0)
    expect(runs).toEqual(['run'])
    await vi.advanceTimersByTimeAsync(300_000)
    expect(runs).toEqual(['run', 'run'])
    await vi.advanceTimersByTimeAsync(299_999)
    expect(runs).toEqual(['run', 'run'])
    await schedule.stop()
  })

  it('not at start while Kisi cannot be used, but as soon as it can again', async () => {
    const { schedule, runs, resume } = scheduleWith(false)
    schedule.start()
    await vi.advanceTimersByTimeAsync(0)
    expect(runs).toEqual([])
    resume()
    expect(runs).toEqual(['run'])
    await schedule.stop()
  })

  it('when the place changes: the old place’s sync stops and the new place’s starts; not when it stays', async () => {
    const { schedule, runs, changePlace } = scheduleWith(true)
    schedule.start()
    await vi.advanceTimersByTimeAsync(0)
    runs.length = 0
    changePlace({ id: 1 }, { id: 1 })
    expect(runs).toEqual([])
    changePlace({ id: 1 }, { id: 2 })
    await vi.advanceTimersByTimeAsync(0)
    expect(runs).toEqual(['announce', 'stop', 'run'])
    runs.length = 0
    changePlace({ id: 2 }, null)
    await vi.advanceTimersByTimeAsync(0)
    expect(runs).toEqual(['announce', 'stop'])
    await schedule.stop()
  })

  it('stops its timer and listeners, and the sync, when stopped', async () => {
    const { schedule, runs, listening } = scheduleWith(true)
    schedule.start()
    await vi.advanceTimersByTimeAsync(0)
    await schedule.stop()
    expect(listening()).toBe(false)
    runs.length = 0
    await vi.advanceTimersByTimeAsync(900_000)
    expect(runs).toEqual([])
  })
})
