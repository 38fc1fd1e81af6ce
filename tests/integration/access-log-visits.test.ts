import { addDays, addMinutes, format } from 'date-fns'
import { beforeEach, describe, expect, it } from 'vitest'
import type { VisitDoors, VisitDoorsDay } from '@shared/schemas/visit-door-use'
import { useDoorEventKiosk, type DoorEvents } from '../fixtures/door-events'
import type { VisitHarness } from '../fixtures/visit-harness'

const today = (kiosk: VisitHarness): string => format(kiosk.clock.now(), 'yyyy-MM-dd')

describe('visits joined to their doors (accessLog.visits)', () => {
  const suite = useDoorEventKiosk()
  const { checkIn } = suite
  let kiosk: VisitHarness
  let doors: DoorEvents
  beforeEach(() => {
    ;({ kiosk, doors } = suite)
  })

  const visitsOf = (day: string) => kiosk.asReception<VisitDoorsDay>('accessLog.visits', { day })
  const byId = (day: VisitDoorsDay, visitId: string): VisitDoors => day.visits.find((visit) => visit.visitId === visitId)!

  it('shows which doors each visit’s link opened and when, and flags the odd ones', async () => {
    const start = kiosk.clock.now()
    const [front, back, side] = doors.doorsOf(doors.hq)
    const twoDoors = await checkIn('Ada Lovelace')
    const unused = await checkIn('Bob Builder')
    const afterCheckOut = await checkIn('Cleo Carter')
    const outsideWindow = await checkIn('Dan Dorsey')
    doors.unlock(addMinutes(start, 1), doors.linkOf(twoDoors), front!)
    doors.unlock(addMinutes(start, 2), doors.linkOf(twoDoors), back!)
    doors.unlock(addMinutes(start, 3), doors.linkOf(twoDoors), side!, true)
    const cleoLink = doors.linkOf(afterCheckOut)
    await kiosk.asReception('visits.checkOut', { visitId: afterCheckOut })
    doors.unlock(addMinutes(start, 4), cleoLink, front!)
    const danUntil = new Date(kiosk.services.visits.repository.require(outsideWindow).accessValidUntil!)
    doors.unlock(addMinutes(danUntil, 1), doors.linkOf(outsideWindow), front!)
    await kiosk.asReception('visits.checkOut', { visitId: unused })
    doors.moveClockTo(addMinutes(danUntil, 2))
    expect(today(kiosk)).toBe(format(start, 'yyyy-MM-dd'))
    await doors.sync()

    const day = await visitsOf(today(kiosk))
    expect(day.syncedUntil).not.toBeNull()
    expect(day.visits.map((visit) => visit.visitorName).sort()).toEqual(['Ada Lovelace', 'Bob Builder', 'Cleo Carter', 'Dan Dorsey'])
    expect(byId(day, twoDoors).uses).toEqual([
      expect.objectContaining({ at: addMinutes(start, 1).toISOString(), doorName: front!.name, succeeded: true, afterCheckOut: false, outsideWindow: false }),
      expect.objectContaining({ at: addMinutes(start, 2).toISOString(), doorName: back!.name, succeeded: true }),
      expect.objectContaining({ doorName: side!.name, succeeded: false, errorMessage: expect.any(String) }),
    ])
    expect(byId(day, twoDoors).flags).toEqual([])
    expect(byId(day, unused)).toMatchObject({ uses: [], flags: ['never-used'] })
    expect(byId(day, afterCheckOut)).toMatchObject({ status: 'left', flags: ['used-after-check-out'], uses: [{ afterCheckOut: true, outsideWindow: false }] })
    expect(byId(day, outsideWindow)).toMatchObject({ flags: ['used-outside-window'], uses: [{ outsideWindow: true, afterCheckOut: false }] })
  })

  it('follows a visit through an extension’s new link', async () => {
    const start = kiosk.clock.now()
    const [front, back] = doors.doorsOf(doors.hq)
    const visitId = await checkIn('Ada Lovelace')
    doors.unlock(addMinutes(start, 1), doors.linkOf(visitId), front!)
    await kiosk.asReception('visits.extend', { visitId, validUntil: addMinutes(start, 600).toISOString() })
    const links = kiosk.linksNamedFor(visitId)
    const newest = links.at(-1)!
    doors.unlock(addMinutes(start, 2), { kind: 'group-link', link: newest }, back!)
    doors.moveClockTo(addMinutes(start, 3))
    await doors.sync()

    const visit = byId(await visitsOf(today(kiosk)), visitId)
    expect(visit.linkIds).toHaveLength(2)
    expect(visit.uses.map((use) => [use.doorName, use.linkId])).toEqual([
      [front!.name, visit.linkIds[0]],
      [back!.name, newest.id],
    ])
  })

  it('lists a visit of an earlier day whose link acts today', async () => {
    const start = kiosk.clock.now()
    const [front] = doors.doorsOf(doors.hq)
    const visitId = await checkIn('Ada Lovelace')
    const link = doors.linkOf(visitId)
    await kiosk.asReception('visits.checkOut', { visitId })
    const tomorrow = addDays(start, 1)
    doors.unlock(tomorrow, link, front!)
    doors.moveClockTo(addMinutes(tomorrow, 1))
    await doors.sync()

    kiosk.services.sessions.start('manager')
    const day = await kiosk.call<VisitDoorsDay>('accessLog.visits', { day: today(kiosk) })
    kiosk.services.sessions.end('locked')
    expect(day.visits).toEqual([expect.objectContaining({ visitId, flags: ['used-after-check-out', 'used-outside-window'] })])
  })

  it('lets reception read today only, and a manager any day, with Kisi unreachable', async () => {
    const visitId = await checkIn('Ada Lovelace')
    kiosk.sandbox.faults.set({ dropRate: 1 })
    const yesterday = format(addDays(kiosk.clock.now(), -1), 'yyyy-MM-dd')
    await expect(visitsOf(yesterday)).rejects.toMatchObject({ code: 'forbidden', reason: 'accessLogTodayOnly' })
    // On site, with nothing synced after it: not "never used", only not used yet.
    expect((await visitsOf(today(kiosk))).visits).toEqual([expect.objectContaining({ visitId, flags: ['not-used-yet'] })])
    kiosk.services.sessions.start('manager')
    expect((await kiosk.call<VisitDoorsDay>('accessLog.visits', { day: yesterday })).visits).toEqual([])
    kiosk.services.sessions.end('locked')
  })
})
