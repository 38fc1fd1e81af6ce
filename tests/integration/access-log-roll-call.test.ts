import { addDays, addMinutes, format } from 'date-fns'
import { beforeEach, describe, expect, it } from 'vitest'
import type { AccessLogPage } from '@shared/schemas/access-log'
import type { RollCall } from '@shared/schemas/roll-call'
import { useDoorEventKiosk, type DoorEvents } from '../fixtures/door-events'
import type { VisitHarness } from '../fixtures/visit-harness'

describe('the roll call (accessLog.rollCall, markSafe, startDrill)', () => {
  const suite = useDoorEventKiosk()
  const { checkIn } = suite
  let kiosk: VisitHarness
  let doors: DoorEvents
  beforeEach(() => {
    ;({ kiosk, doors } = suite)
  })

  const rollCall = () => kiosk.asReception<RollCall>('accessLog.rollCall')
  const markSafe = (personKey: string, safe = true) => kiosk.asReception<RollCall>('accessLog.markSafe', { personKey, safe })

  it('lists visitors on site and members seen today at the kiosk’s place, from the local copy', async () => {
    const start = kiosk.clock.now()
    const [front, back] = doors.doorsOf(doors.hq)
    const [warehouseDoor] = doors.doorsOf(doors.warehouse)
    const ada = await checkIn('Ada Lovelace')
    const bob = await checkIn('Bob Builder')
    const left = await checkIn('Cleo Carter')
    await kiosk.asReception('visits.checkOut', { visitId: left })
    // A contractor waits in the lobby for reception's approval: in the building all the same.
    await kiosk.call('visits.checkIn', { visitTypeId: 'contractor', visitor: { name: 'Hana Held', email: 'hana@example.com', phone: '+49 30 1234567', company: 'Fix & Co', host: 'Ada', purpose: 'Wiring' }, agreementVersion: 1 })
    doors.unlock(addMinutes(start, 1), doors.linkOf(ada), back!)
    doors.unlock(addMinutes(start, -60), doors.member('Mia Hoffmann'), front!)
    doors.unlock(addMinutes(start, 2), doors.member('Mia Hoffmann'), back!)
    doors.unlock(addMinutes(start, 2), doors.member('Jonas Weber'), front!, true)
    doors.unlock(addDays(start, -1), doors.member('Lena Schulz'), front!)
    doors.unlock(addMinutes(start, 2), doors.member('Alex Berger'), warehouseDoor!)
    doors.moveClockTo(addMinutes(start, 3))
    await doors.sync()
    kiosk.sandbox.faults.set({ dropRate: 1 })

    const call = await rollCall()
    expect(call.membersSeenUntil).toBe(addMinutes(start, 3).toISOString())
    expect(call.people).toEqual([
      { personKey: `visit:${ada}`, kind: 'visitor', name: 'Ada Lovelace', about: 'Guest · Charles Babbage', lastSeenAt: addMinutes(start, 1).toISOString(), lastDoor: back!.name, safeAt: null },
      expect.objectContaining({ personKey: `visit:${bob}`, name: 'Bob Builder', lastSeenAt: start.toISOString(), lastDoor: null }),
      expect.objectContaining({ kind: 'visitor', name: 'Hana Held', lastSeenAt: start.toISOString(), lastDoor: null }),
      expect.objectContaining({ kind: 'member', name: 'Mia Hoffmann', lastSeenAt: addMinutes(start, 2).toISOString(), lastDoor: back!.name, about: null }),
    ])
  })

  it('keeps ticks as kiosk events, across a restart, until a new drill starts', async () => {
    const ada = await checkIn('Ada Lovelace')
    const bob = await checkIn('Bob Builder')
    expect((await rollCall()).people.map((person) => person.safeAt)).toEqual([null, null])

    kiosk.clock.advance(60_000)
    const ticked = await markSafe(`visit:${ada}`)
    expect(ticked.people.find((person) => person.name === 'Ada Lovelace')?.safeAt).toBe(kiosk.clock.now().toISOString())
    await kiosk.restart()
    expect((await rollCall()).people.map((person) => [person.name, person.safeAt !== null])).toEqual([
      ['Ada Lovelace', true],
      ['Bob Builder', false],
    ])
    expect(kiosk.services.visits.kioskEvents.forVisit(ada).at(-1)).toMatchObject({ kind: 'marked-safe', outcome: 'succeeded', detail: { personKey: `visit:${ada}`, personName: 'Ada Lovelace', safe: true, by: 'reception' } })
    const log = await kiosk.asReception<AccessLogPage>('accessLog.day', { day: format(kiosk.clock.now(), 'yyyy-MM-dd') })
    expect(log.entries.filter((entry) => entry.kind === 'marked-safe')).toEqual([
      expect.objectContaining({ source: 'kiosk', person: 'Ada Lovelace', visitId: ada, outcome: 'succeeded', detail: 'marked safe on the roll call by reception' }),
    ])

    const untick = await markSafe(`visit:${ada}`, false)
    expect(untick.people.every((person) => person.safeAt === null)).toBe(true)
    await markSafe(`visit:${bob}`)
    const fresh = await kiosk.asReception<RollCall>('accessLog.startDrill')
    expect(fresh.drillStartedAt).toBe(kiosk.clock.now().toISOString())
    expect(fresh.people.every((person) => person.safeAt === null)).toBe(true)
    expect(kiosk.services.visits.kioskEvents.forVisit(bob).at(-1)).toMatchObject({ kind: 'marked-safe', detail: { safe: true } })
  })

  it('does not carry yesterday’s ticks into today', async () => {
    const ada = await checkIn('Ada Lovelace')
    await markSafe(`visit:${ada}`)
    doors.moveClockTo(addDays(kiosk.clock.now(), 1))
    expect((await rollCall()).people).toEqual([expect.objectContaining({ name: 'Ada Lovelace', safeAt: null })])
  })

  it('refuses a tick for someone not on the roll call', async () => {
    const ada = await checkIn('Ada Lovelace')
    await kiosk.asReception('visits.checkOut', { visitId: ada })
    await expect(markSafe(`visit:${ada}`)).rejects.toMatchObject({ code: 'not_found', reason: 'rollCallPersonGone' })
    await expect(markSafe('member:12345')).rejects.toMatchObject({ reason: 'rollCallPersonGone' })
    await expect(markSafe('somebody')).rejects.toMatchObject({ code: 'invalid_request' })
  })

  it('says members are unknown before the first sync', async () => {
    await checkIn('Ada Lovelace')
    expect((await rollCall()).membersSeenUntil).toBeNull()
  })
})
