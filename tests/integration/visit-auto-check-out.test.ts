import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { StaffVisit } from '@shared/schemas/visit'
import type { VisitPolicies } from '@shared/schemas/visit-policy'
import { useTempDirectory } from '../fixtures/temp-directory'
import { startVisitHarness, type VisitHarness } from '../fixtures/visit-harness'

const ada = { name: 'Ada Lovelace', email: 'ada@example.com', company: 'Analytical Engines', host: 'Charles Babbage' }
const minute = 60_000

/**
 * The case at the harness's noon: a Guest checked out by itself at 12:02 with an 8-hour
 * access window, checked in at 12:00.
 */
describe('automatic check-out', () => {
  const tempDirectory = useTempDirectory()
  let kiosk: VisitHarness

  beforeEach(async () => {
    kiosk = await startVisitHarness(tempDirectory())
    kiosk.services.sessions.start('manager')
    const policies = await kiosk.call<VisitPolicies>('policies.get')
    const visitTypes = policies.visitTypes.map((type) =>
      type.id === 'guest' ? { ...type, accessWindow: { mode: 'hours' as const, hours: 8 }, maxAccessHours: 12, autoCheckOutTime: '12:02' } : type,
    )
    await kiosk.call('policies.save', { ...policies, visitTypes })
    kiosk.services.sessions.end('locked')
  })
  afterEach(() => kiosk.stop())

  const onlyVisit = async () => (await kiosk.asReception<StaffVisit[]>('visits.today'))[0]!
  const at = (hours: number, minutes: number) => new Date(new Date(kiosk.clock.now()).setHours(hours, minutes, 0, 0)).toISOString()
  const later = (milliseconds: number) => {
    kiosk.clock.advance(milliseconds)
    kiosk.sandbox.faults.set({ clockSkewMs: kiosk.clock.now().getTime() - Date.now() })
  }

  it('issues a link that ends at the check-out, not at the end of the access window', async () => {
    await kiosk.call('visits.checkIn', { visitTypeId: 'guest', visitor: ada, agreementVersion: 1 })
    const visit = await onlyVisit()
    expect(visit.autoCheckOutAt).toBe(at(12, 2))
    expect(visit.access).toMatchObject({ state: 'issued', validUntil: at(12, 2) })
    expect(kiosk.linksNamedFor(visit.id).map((link) => new Date(link.validUntil ?? 0).toISOString())).toEqual([at(12, 2)])
  })

  it('checks the visit out at the set time and removes its link', async () => {
    await kiosk.call('visits.checkIn', { visitTypeId: 'guest', visitor: ada, agreementVersion: 1 })
    const visit = await onlyVisit()
    later(minute)
    await kiosk.services.visits.background.runAutoCheckOut()
    expect(await onlyVisit()).toMatchObject({ status: 'on-site', access: { state: 'issued' } })
    later(minute)
    await kiosk.services.visits.background.runAutoCheckOut()
    expect(await onlyVisit()).toMatchObject({ status: 'left', access: { state: 'revoked' } })
    expect(kiosk.linksNamedFor(visit.id)).toEqual([])
  })

  it('a link issued late by the outbox ends at the check-out too', async () => {
    kiosk.sandbox.faults.set({ errorRate: 1 })
    await kiosk.call('visits.checkIn', { visitTypeId: 'guest', visitor: ada, agreementVersion: 1 })
    kiosk.sandbox.faults.set({ errorRate: 0 })
    later(6_000)
    await kiosk.services.visits.background.runDueJobs()
    expect(await onlyVisit()).toMatchObject({ autoCheckOutAt: at(12, 2), access: { state: 'issued', validUntil: at(12, 2) } })
  })

  it('an extension past the automatic check-out moves the check-out with it', async () => {
    await kiosk.call('visits.checkIn', { visitTypeId: 'guest', visitor: ada, agreementVersion: 1 })
    const visit = await onlyVisit()
    const until = at(15, 0)
    await kiosk.asReception('visits.extend', { visitId: visit.id, validUntil: until })
    expect(await onlyVisit()).toMatchObject({ autoCheckOutAt: until, access: { state: 'issued', validUntil: until } })
    later(5 * minute)
    await kiosk.services.visits.background.runAutoCheckOut()
    expect((await onlyVisit()).status).toBe('on-site')
  })
})
