import { addDays } from 'date-fns'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CheckInOutcome, StaffVisit, VisitMatch } from '@shared/schemas/visit'
import type { VisitPolicies } from '@shared/schemas/visit-policy'
import { useTempDirectory } from '../fixtures/temp-directory'
import { startVisitHarness, type VisitHarness } from '../fixtures/visit-harness'

describe('pre-registered visits and finding one’s own visit at the kiosk', () => {
  const tempDirectory = useTempDirectory()
  let kiosk: VisitHarness

  beforeEach(async () => {
    kiosk = await startVisitHarness(tempDirectory())
  })
  afterEach(() => kiosk.stop())

  const invite = (name: string, expectedAt = kiosk.clock.now()) =>
    kiosk.asReception<StaffVisit>('visits.preRegister', {
      visitTypeId: 'guest',
      visitor: { name, email: `${name.split(' ')[0]!.toLowerCase()}@example.com`, host: 'Charles Babbage' },
      expectedAt: expectedAt.toISOString(),
    })

  it('gives an invite a readable code and finds it by at least three letters, masked', async () => {
    const ada = await invite('Ada Lovelace')
    await invite('Adam Smith')
    expect(ada).toMatchObject({ status: 'expected', inviteCode: expect.stringMatching(/^[A-HJ-NP-Z2-9]{8}$/) })

    const matches = await kiosk.call<VisitMatch[]>('visits.findInvites', { query: 'lovel' })
    expect(matches).toEqual([{ visitId: ada.id, displayName: 'Ada L.', visitTypeName: 'Guest' }])
    expect((await kiosk.call<VisitMatch[]>('visits.findInvites', { query: 'ada' })).map((match) => match.displayName).sort()).toEqual(['Ada L.', 'Adam S.'])
    await expect(kiosk.call('visits.findInvites', { query: 'ad' })).rejects.toMatchObject({ code: 'invalid_request' })
  })

  it('checks an invite in with one tap after the agreement, by code (any case, with a dash) or by the search hit', async () => {
    const ada = await invite('Ada Lovelace')
    const code = ada.inviteCode!
    expect(await kiosk.call('visits.inviteAgreement', { inviteCode: code.toLowerCase() })).toMatchObject({
      visitTypeName: 'Guest',
      agreement: { version: 1 },
    })
    const outcome = await kiosk.call<CheckInOutcome>('visits.checkInInvite', { inviteCode: `${code.slice(0, 4)}-${code.slice(4)}`, agreementVersion: 1 })
    expect(outcome.outcome).toBe('pass')
    expect(kiosk.linksNamedFor(ada.id)).toHaveLength(1)

    const grace = await invite('Grace Hopper')
    expect(await kiosk.call('visits.inviteAgreement', { visitId: grace.id })).toMatchObject({ confirmWith: 'email' })
    await expect(kiosk.call('visits.checkInInvite', { visitId: grace.id, agreementVersion: 1 })).rejects.toMatchObject({ code: 'invalid_request', fields: { email: expect.any(Array) } })
    await expect(kiosk.call('visits.checkInInvite', { visitId: grace.id, email: 'someone@example.com', agreementVersion: 1 })).rejects.toMatchObject({
      code: 'invalid_request',
    })
    expect((await kiosk.call<CheckInOutcome>('visits.checkInInvite', { visitId: grace.id, email: ' GRACE@example.com ', agreementVersion: 1 })).outcome).toBe('pass')
    await expect(kiosk.call('visits.checkInInvite', { visitId: grace.id, email: 'grace@example.com', agreementVersion: 1 })).rejects.toMatchObject({ code: 'not_found' })
  })

  it('asks for the invite code when a name-search pick would open doors but the invite has no e-mail', async () => {
    const noEmail = await kiosk.asReception<StaffVisit>('visits.preRegister', {
      visitTypeId: 'guest',
      visitor: { name: 'Nora Nomail', host: 'Charles Babbage' },
      expectedAt: kiosk.clock.now().toISOString(),
    })
    expect(await kiosk.call('visits.inviteAgreement', { visitId: noEmail.id })).toMatchObject({ confirmWith: 'code' })
    await expect(kiosk.call('visits.checkInInvite', { visitId: noEmail.id, agreementVersion: 1 })).rejects.toMatchObject({ code: 'forbidden', reason: 'inviteNeedsCode' })
    expect(await kiosk.call('visits.inviteAgreement', { inviteCode: noEmail.inviteCode })).toMatchObject({ confirmWith: 'nothing' })
    expect((await kiosk.call<CheckInOutcome>('visits.checkInInvite', { inviteCode: noEmail.inviteCode, agreementVersion: 1 })).outcome).toBe('pass')
  })

  it('holds an invited visitor who is on the deny list', async () => {
    const ada = await invite('Ada Lovelace')
    kiosk.services.sessions.start('manager')
    const policies = await kiosk.call<VisitPolicies>('policies.get')
    await kiosk.call('policies.save', { ...policies, denyList: { names: [], emails: ['@example.com'] } })
    kiosk.services.sessions.end('locked')
    expect(await kiosk.call('visits.checkInInvite', { inviteCode: ada.inviteCode, agreementVersion: 1 })).toEqual({ outcome: 'see-reception', visitorName: 'Ada Lovelace' })
    expect(kiosk.linksNamedFor(ada.id)).toEqual([])
  })

  it('refuses an invite for another day', async () => {
    const later = await invite('Ada Lovelace', addDays(kiosk.clock.now(), 2))
    await expect(kiosk.call('visits.checkInInvite', { inviteCode: 'ZZZZ2222', agreementVersion: 1 })).rejects.toMatchObject({ code: 'not_found' })
    expect(await kiosk.call('visits.findInvites', { query: 'Ada' })).toEqual([])
    await expect(kiosk.call('visits.checkInInvite', { visitId: later.id, agreementVersion: 1 })).rejects.toMatchObject({ code: 'not_available' })
  })

  it('lets a visitor find their own visit by name to check out, and then no longer', async () => {
    const outcome = await kiosk.call<CheckInOutcome>('visits.checkIn', {
      visitTypeId: 'guest',
      visitor: { name: 'Ada Lovelace', host: 'Charles Babbage' },
      agreementVersion: 1,
    })
    const visitId = outcome.outcome === 'pass' ? outcome.pass.visitId : ''
    const [match] = await kiosk.call<VisitMatch[]>('visits.findOnSite', { query: 'Love' })
    expect(match).toEqual({ visitId, displayName: 'Ada L.', visitTypeName: 'Guest' })
    expect(await kiosk.call('visits.checkOutSelf', { visitId })).toEqual({ visitorName: 'Ada Lovelace' })
    expect(await kiosk.call('visits.findOnSite', { query: 'Love' })).toEqual([])
    await expect(kiosk.call('visits.checkOutSelf', { passUrl: 'https://evil.example/grouplinks/abc' })).rejects.toMatchObject({ code: 'not_found' })
  })

  it('lets reception check in on behalf, cancel, and show the pass again', async () => {
    const ada = await invite('Ada Lovelace')
    const arrived = await kiosk.asReception<StaffVisit>('visits.checkInOnBehalf', { visitId: ada.id })
    expect(arrived).toMatchObject({ status: 'on-site', access: { state: 'issued' } })
    const pass = await kiosk.asReception<{ linkUrl: string; visitorName: string }>('visits.pass', { visitId: ada.id })
    expect(pass.linkUrl).toBe(`${kiosk.sandbox.url}/grouplinks/${kiosk.linksNamedFor(ada.id)[0]!.secret}`)

    const bob = await invite('Bob Builder')
    expect(await kiosk.asReception<StaffVisit>('visits.cancel', { visitId: bob.id })).toMatchObject({ status: 'cancelled' })
    await expect(kiosk.asReception('visits.checkOut', { visitId: bob.id })).rejects.toMatchObject({ code: 'conflict' })
  })
})
