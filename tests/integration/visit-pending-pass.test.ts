import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CheckInOutcome, StaffVisit } from '@shared/schemas/visit'
import { useTempDirectory } from '../fixtures/temp-directory'
import { startVisitHarness, type VisitHarness } from '../fixtures/visit-harness'

const ada = { name: 'Ada Lovelace', host: 'Charles Babbage' }
const grace = { name: 'Grace Hopper', host: 'Charles Babbage' }

describe('a pass the outbox makes after the visitor was told "ready shortly"', () => {
  const tempDirectory = useTempDirectory()
  let kiosk: VisitHarness

  beforeEach(async () => {
    kiosk = await startVisitHarness(tempDirectory())
  })
  afterEach(() => kiosk.stop())

  const checkIn = (visitor: typeof ada) => kiosk.call<CheckInOutcome>('visits.checkIn', { visitTypeId: 'guest', visitor, agreementVersion: 1 })
  const waitingClaim = async (visitor: typeof ada): Promise<string> => {
    const outcome = await checkIn(visitor)
    if (outcome.outcome !== 'access-pending') throw new Error(`expected access-pending, got ${outcome.outcome}`)
    return outcome.claim
  }
  const laterTurn = async (milliseconds: number) => {
    kiosk.clock.advance(milliseconds)
    kiosk.sandbox.faults.set({ clockSkewMs: kiosk.clock.now().getTime() - Date.now() })
    await kiosk.services.visits.background.runDueJobs()
  }

  it('reaches the screen holding the claim, told by a public event that names nobody, and only that screen', async () => {
    const heard: { name: string; payload: unknown }[] = []
    kiosk.services.events.subscribe((name, payload) => heard.push({ name, payload }))
    kiosk.sandbox.faults.set({ errorRate: 1 })
    const adaClaim = await waitingClaim(ada)
    const graceClaim = await waitingClaim(grace)
    expect(adaClaim).not.toBe(graceClaim)
    expect(adaClaim.length).toBeGreaterThanOrEqual(40)
    expect(await kiosk.call('visits.pendingPass', { claim: adaClaim })).toEqual({ outcome: 'access-pending', visitorName: 'Ada Lovelace', claim: adaClaim })

    heard.length = 0
    kiosk.sandbox.faults.set({ errorRate: 0 })
    await laterTurn(6_000)
    const publicEvents = heard.filter((event) => event.name === 'visits.claimedAccessChanged')
    expect(publicEvents.length).toBeGreaterThan(0)
    expect(publicEvents.every((event) => JSON.stringify(event.payload) === '{}')).toBe(true)

    const adaPass = await kiosk.call<CheckInOutcome>('visits.pendingPass', { claim: adaClaim })
    const gracePass = await kiosk.call<CheckInOutcome>('visits.pendingPass', { claim: graceClaim })
    if (adaPass.outcome !== 'pass' || gracePass.outcome !== 'pass') throw new Error('expected both passes')
    expect(adaPass.pass.visitorName).toBe('Ada Lovelace')
    expect(gracePass.pass.visitorName).toBe('Grace Hopper')
    const [adaLink] = kiosk.linksNamedFor(adaPass.pass.visitId)
    expect(adaPass.pass.linkUrl).toBe(`${kiosk.sandbox.url}/grouplinks/${adaLink!.secret}`)
    // Reception shows the same pass for that visit.
    expect((await kiosk.asReception<{ linkUrl: string }>('visits.pass', { visitId: adaPass.pass.visitId })).linkUrl).toBe(adaPass.pass.linkUrl)

    await expect(kiosk.call('visits.pendingPass', { claim: 'a-claim-this-kiosk-never-gave-0123456789' })).rejects.toMatchObject({ code: 'not_found', reason: 'passClaimUnknown' })
  })

  it('sends the visitor to reception once the visit was checked out meanwhile, and forgets claims after a while', async () => {
    kiosk.sandbox.faults.set({ errorRate: 1 })
    const claim = await waitingClaim(ada)
    const visit = (await kiosk.asReception<StaffVisit[]>('visits.today')).find((candidate) => candidate.visitor.name === 'Ada Lovelace')!
    kiosk.sandbox.faults.set({ errorRate: 0 })
    await kiosk.asReception('visits.checkOut', { visitId: visit.id })
    expect(await kiosk.call('visits.pendingPass', { claim })).toEqual({ outcome: 'see-reception', visitorName: 'Ada Lovelace' })

    kiosk.clock.advance(16 * 60_000)
    await expect(kiosk.call('visits.pendingPass', { claim })).rejects.toMatchObject({ reason: 'passClaimUnknown' })
  })

  it('says nothing on the public channel about visits no screen is waiting for', async () => {
    const heard: string[] = []
    kiosk.services.events.subscribe((name) => heard.push(name))
    expect((await checkIn(ada)).outcome).toBe('pass')
    expect(heard).toContain('visits.changed')
    expect(heard).not.toContain('visits.claimedAccessChanged')
  })
})
