import { afterEach, describe, expect, it } from 'vitest'
import type { AccessLogSyncStatus } from '@shared/ipc/access-log-calls'
import { SeededRandom } from '../fixtures/contract-fuzzer'
import { eventPageSize, startAccessLogHarness, type AccessLogHarness } from '../fixtures/access-log-harness'
import { useTempDirectory } from '../fixtures/temp-directory'

const minute = 60_000
const day = 24 * 60 * minute

const eventSetPosts = (kiosk: AccessLogHarness, since = 0) => kiosk.proxy.requests.slice(since).filter((request) => request.method === 'POST' && request.path === '/event_sets')
const pageReads = (kiosk: AccessLogHarness, since = 0) => kiosk.proxy.requests.slice(since).filter((request) => request.method === 'GET' && request.path.startsWith('/event_sets/'))
const sorted = (uuids: string[]): string[] => [...uuids].sort()

describe('copying Kisi events of the kiosk’s place into the local log', () => {
  const tempDirectory = useTempDirectory()
  let kiosk: AccessLogHarness

  afterEach(async () => {
    await kiosk.stop()
  })

  it('stores several thousand events across many pages once, and none of another place', async () => {
    kiosk = await startAccessLogHarness(tempDirectory())
    const hq = kiosk.addEvents(3_000, { everyMs: 5_000 })
    kiosk.addEvents(400, { placeId: kiosk.places.warehouse, everyMs: 7_000 })
    kiosk.addEvents(50, { placeId: null })

    await kiosk.app.accessLog.run()

    expect(sorted(kiosk.storedUuids(kiosk.places.hq))).toEqual(sorted(hq))
    expect(kiosk.storedUuids(kiosk.places.warehouse)).toEqual([])
    const [post] = eventSetPosts(kiosk)
    expect(post?.body).toMatchObject({ event_set: { place_id: kiosk.places.hq, interval: '2026-08-30T12:00:00Z/2026-11-28T12:00:00Z' } })
    expect(pageReads(kiosk).filter((request) => request.query.get('limit') === String(eventPageSize)).length).toBeGreaterThanOrEqual(3_000 / eventPageSize)
    expect(kiosk.app.accessLog.status()).toEqual({ lastSyncedAt: '2026-11-28T12:00:00.000Z', syncedUntil: '2026-11-28T12:00:00.000Z', running: false, behind: false, problem: null })
  }, 60_000)

  it('keeps each event as the log needs it, a visitor link’s events with the link', async () => {
    kiosk = await startAccessLogHarness(tempDirectory())
    kiosk.addEvents(21)
    await kiosk.app.accessLog.run()
    const events = kiosk.sandbox.state.events.map((record) => record.event)
    const byLink = events.find((event) => event.actor_type === 'GroupLink' && event.success)!
    const refused = events.find((event) => !event.success)!
    const rows = new Map(kiosk.storedRows(kiosk.places.hq).map((row) => [row.uuid, row]))
    expect(rows.get(byLink.uuid)).toEqual({
      uuid: byLink.uuid,
      place_id: kiosk.places.hq,
      at: new Date(byLink.created_at).toISOString(),
      type: 'lock.unlock',
      action: 'unlock',
      success: 1,
      object_type: 'Lock',
      object_id: byLink.object_id,
      object_name: byLink.object_name,
      actor_type: 'GroupLink',
      actor_id: 424_242,
      actor_name: 'Ada Lovelace (Guest)',
      group_link_id: 424_242,
      error_code: null,
      error_message: null,
    })
    expect(rows.get(refused.uuid)).toMatchObject({ success: 0, actor_type: 'User', group_link_id: null, error_code: 'fac001', error_message: 'The Kisi controller is currently unavailable.' })
  }, 30_000)

  it('on the next sync asks only from a little before where it reached, and stores only what is new', async () => {
    kiosk = await startAccessLogHarness(tempDirectory())
    const first = kiosk.addEvents(500, { everyMs: 2_000 })
    await kiosk.app.accessLog.run()
    kiosk.advance(5 * minute)
    const mark = kiosk.proxy.requests.length
    const next = kiosk.addEvents(150, { everyMs: 1_000 })
    await kiosk.app.accessLog.run()

    expect(sorted(kiosk.storedUuids(kiosk.places.hq))).toEqual(sorted([...first, ...next]))
    // From synced-until less the ten-minute overlap, to the new now.
    expect(eventSetPosts(kiosk, mark).map((request) => request.body)).toMatchObject([{ event_set: { interval: '2026-11-28T11:50:00Z/2026-11-28T12:05:00Z' } }])
    // The overlap re-reads the last ten minutes (300 events): a few pages, not the whole history again.
    const pages = new Set(pageReads(kiosk, mark).map((request) => request.query.get('cursor')))
    expect(pages.size).toBe(Math.ceil((150 + 300) / eventPageSize))
    expect(kiosk.app.accessLog.status().syncedUntil).toBe('2026-11-28T12:05:00.000Z')
  }, 60_000)

  it('catches up after 100 days away in 90-day windows, one event set per second at most', async () => {
    kiosk = await startAccessLogHarness(tempDirectory())
    await kiosk.app.accessLog.run()
    kiosk.advance(100 * day)
    const early = kiosk.addEvents(30, { endingAt: kiosk.clock.now().getTime() - 95 * day })
    const late = kiosk.addEvents(30)
    const mark = kiosk.proxy.requests.length
    await kiosk.app.accessLog.run()

    expect(sorted(kiosk.storedUuids(kiosk.places.hq))).toEqual(sorted([...early, ...late]))
    const posts = eventSetPosts(kiosk, mark)
    expect(posts.map((request) => (request.body as { event_set: { interval: string } }).event_set.interval)).toEqual([
      '2026-11-28T11:50:00Z/2027-02-26T11:50:00Z',
      '2027-02-26T11:40:00Z/2027-03-08T12:00:00Z',
    ])
    expect(posts[1]!.startedAt - posts[0]!.startedAt).toBeGreaterThanOrEqual(1_000)
  }, 60_000)

  it('resumes a sync cut off mid-way from the stored set and cursor after a restart, with no event twice or missing', async () => {
    kiosk = await startAccessLogHarness(tempDirectory())
    const hq = kiosk.addEvents(2_000, { everyMs: 3_000 })
    let reads = 0
    // The kiosk stops while asking for the sixth page: five are stored, with the cursor after them.
    kiosk.proxy.beforeNext(
      (request) => request.path.startsWith('/event_sets/') && request.query.has('cursor') && ++reads === 5,
      () => void kiosk.app.close(),
    )
    await kiosk.app.accessLog.run()
    expect(kiosk.storedUuids(kiosk.places.hq)).toHaveLength(5 * eventPageSize)

    await kiosk.restart()
    const mark = kiosk.proxy.requests.length
    await kiosk.app.accessLog.run()

    expect(eventSetPosts(kiosk, mark)).toEqual([])
    expect(pageReads(kiosk, mark)[0]?.query.get('cursor')).toBe(pageReads(kiosk, 0).at(-1 - pageReads(kiosk, mark).length)?.query.get('cursor'))
    const stored = kiosk.storedUuids(kiosk.places.hq)
    expect(stored).toHaveLength(2_000)
    expect(sorted(stored)).toEqual(sorted(hq))
  }, 60_000)

  it('makes the set again when Kisi has forgotten it by the restart', async () => {
    kiosk = await startAccessLogHarness(tempDirectory())
    const hq = kiosk.addEvents(1_000, { everyMs: 3_000 })
    let reads = 0
    kiosk.proxy.beforeNext(
      (request) => request.path.startsWith('/event_sets/') && request.query.has('cursor') && ++reads === 3,
      () => void kiosk.app.close(),
    )
    await kiosk.app.accessLog.run()
    kiosk.sandbox.state.eventSets.splice(0)

    await kiosk.restart()
    const mark = kiosk.proxy.requests.length
    await kiosk.app.accessLog.run()

    // One new set (its POST may have met Kisi's one-per-second 429 first: the last set was made just before the restart).
    expect(kiosk.sandbox.state.eventSets).toHaveLength(1)
    expect(pageReads(kiosk, mark).at(-1)?.path).toBe(`/event_sets/${kiosk.sandbox.state.eventSets[0]!.id}`)
    const stored = kiosk.storedUuids(kiosk.places.hq)
    expect(stored).toHaveLength(1_000)
    expect(sorted(stored)).toEqual(sorted(hq))
  }, 60_000)

  it('survives Kisi’s 429s and occasional 503s through the client’s retries', async () => {
    const random = new SeededRandom(12)
    kiosk = await startAccessLogHarness(tempDirectory(), () => random.next())
    const hq = kiosk.addEvents(1_500, { everyMs: 3_000 })
    kiosk.sandbox.faults.set({ rateLimitBurst: 3, errorRate: 0.15 })

    await kiosk.app.accessLog.run()

    expect(kiosk.proxy.requests.length).toBeGreaterThan(1_500 / eventPageSize + 3)
    expect(sorted(kiosk.storedUuids(kiosk.places.hq))).toEqual(sorted(hq))
    expect(kiosk.app.accessLog.status().problem).toBeNull()
  }, 90_000)

  it('reports a Kisi outage that outlasts the retries, keeps what it stored, and finishes on the next sync', async () => {
    kiosk = await startAccessLogHarness(tempDirectory())
    const hq = kiosk.addEvents(800, { everyMs: 3_000 })
    let reads = 0
    kiosk.proxy.beforeNext(
      (request) => request.path.startsWith('/event_sets/') && request.query.has('cursor') && ++reads === 2,
      () => kiosk.sandbox.faults.set({ errorRate: 1 }),
    )
    await kiosk.app.accessLog.run()

    expect(kiosk.app.accessLog.status()).toMatchObject({ lastSyncedAt: null, running: false, behind: true, problem: { reason: 'kisiUnreachable' } })
    expect(kiosk.storedUuids(kiosk.places.hq)).toHaveLength(2 * eventPageSize)

    kiosk.sandbox.faults.reset()
    kiosk.sandbox.faults.set({ clockSkewMs: kiosk.clock.now().getTime() - Date.now() })
    await kiosk.app.accessLog.run()
    expect(kiosk.app.accessLog.status()).toMatchObject({ lastSyncedAt: '2026-11-28T12:00:00.000Z', behind: false, problem: null })
    expect(sorted(kiosk.storedUuids(kiosk.places.hq))).toEqual(sorted(hq))
  }, 90_000)

  it('answers staff with the status, runs one sync at a time, and tells of each change', async () => {
    kiosk = await startAccessLogHarness(tempDirectory())
    kiosk.addEvents(300)
    const told: AccessLogSyncStatus[] = []
    kiosk.app.events.subscribe((name, payload) => {
      if (name === 'accessLog.syncStatusChanged') told.push(payload as AccessLogSyncStatus)
    })
    expect(await kiosk.call('accessLog.syncStatus')).toEqual({ lastSyncedAt: null, syncedUntil: null, running: false, behind: true, problem: null })

    expect(await kiosk.call('accessLog.sync')).toMatchObject({ running: true })
    expect(await kiosk.call('accessLog.sync')).toMatchObject({ running: true })
    await kiosk.app.accessLog.run()

    expect(eventSetPosts(kiosk)).toHaveLength(1)
    expect(told.map((status) => status.running)).toEqual([true, false])
    expect(told.at(-1)).toEqual(await kiosk.call('accessLog.syncStatus'))
    expect(told.at(-1)).toMatchObject({ lastSyncedAt: '2026-11-28T12:00:00.000Z', behind: false, problem: null })
    kiosk.advance(11 * minute)
    expect(await kiosk.call('accessLog.syncStatus')).toMatchObject({ behind: true })
  }, 30_000)

  it('says why nothing is synced without a place or without Kisi', async () => {
    kiosk = await startAccessLogHarness(tempDirectory())
    await kiosk.call('kisi.disconnect')
    expect(await kiosk.call('accessLog.syncStatus')).toMatchObject({ problem: { reason: 'kisiPlaceNotChosen' } })

    kiosk.app.settings.update((draft) => void (draft.kisi.place = { id: kiosk.places.hq, name: 'Demo HQ' }))
    await kiosk.app.accessLog.run()
    expect(kiosk.app.accessLog.status()).toMatchObject({ running: false, problem: { reason: 'kisiNotConnected' } })
    expect(eventSetPosts(kiosk)).toEqual([])
  }, 30_000)
})
