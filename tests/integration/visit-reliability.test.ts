import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CheckInOutcome, StaffVisit } from '@shared/schemas/visit'
import { useTempDirectory } from '../fixtures/temp-directory'
import { startVisitHarness, type VisitHarness } from '../fixtures/visit-harness'

const ada = { name: 'Ada Lovelace', email: 'ada@example.com', company: 'Analytical Engines', host: 'Charles Babbage' }

describe('visits when Kisi fails, and after a restart', () => {
  const tempDirectory = useTempDirectory()
  let kiosk: VisitHarness

  beforeEach(async () => {
    kiosk = await startVisitHarness(tempDirectory())
  })
  afterEach(() => kiosk.stop())

  const onlyVisit = async () => (await kiosk.asReception<StaffVisit[]>('visits.today'))[0]!
  const laterTurn = async (milliseconds: number) => {
    kiosk.clock.advance(milliseconds)
    kiosk.sandbox.faults.set({ clockSkewMs: kiosk.clock.now().getTime() - Date.now() })
    await kiosk.services.visits.background.runDueJobs()
  }

  it('Kisi down during check-in: the visit is kept, access is pending, and exactly one link follows once Kisi is back', async () => {
    kiosk.sandbox.faults.set({ errorRate: 1 })
    const outcome = await kiosk.call<CheckInOutcome>('visits.checkIn', { visitTypeId: 'guest', visitor: ada, agreementVersion: 1 })
    expect(outcome).toEqual({ outcome: 'access-pending', visitorName: 'Ada Lovelace', claim: expect.any(String) })
    const pending = await onlyVisit()
    expect(pending).toMatchObject({ status: 'on-site', access: { state: 'pending' } })
    kiosk.services.sessions.start('reception')
    expect(await kiosk.call('kisi.status')).toMatchObject({ pendingWrites: 1 })
    kiosk.services.sessions.end('locked')

    await laterTurn(1_000)
    expect((await onlyVisit()).access.state).toBe('pending')

    kiosk.sandbox.faults.set({ errorRate: 0 })
    await laterTurn(6_000)
    expect((await onlyVisit()).access.state).toBe('issued')
    expect(kiosk.linksNamedFor(pending.id)).toHaveLength(1)
    await laterTurn(60_000)
    expect(kiosk.linksNamedFor(pending.id)).toHaveLength(1)
  })

  it('a revoked Kisi key: the visitor is sent to reception in neutral words, and the link follows the reconnection', async () => {
    kiosk.sandbox.revokeKey(kiosk.sandbox.apiKey)
    const outcome = await kiosk.call<CheckInOutcome>('visits.checkIn', { visitTypeId: 'guest', visitor: ada, agreementVersion: 1 })
    expect(outcome).toEqual({ outcome: 'access-pending', visitorName: 'Ada Lovelace', claim: expect.any(String) })
    const visit = await onlyVisit()
    expect(visit.access.state).toBe('pending')

    kiosk.services.sessions.start('manager')
    expect(await kiosk.call('kisi.status')).toMatchObject({ state: 'key-invalid' })
    const { domain, email, password } = kiosk.sandbox.admin
    expect(await kiosk.call('kisi.signIn', { domain, email, password, baseUrl: kiosk.proxy.url })).toMatchObject({ state: 'connected' })
    kiosk.services.sessions.end('locked')

    await laterTurn(6_000)
    expect((await onlyVisit()).access.state).toBe('issued')
    expect(kiosk.linksNamedFor(visit.id)).toHaveLength(1)
  })

  it('Kisi slow at check-in: the visitor hears "ready shortly" once patience runs out, and the late link is recorded once', async () => {
    await kiosk.stop()
    kiosk = await startVisitHarness(tempDirectory(), { checkInPatienceMs: 200 })
    kiosk.sandbox.faults.set({ latencyMs: 1_000 })
    const outcome = await kiosk.call<CheckInOutcome>('visits.checkIn', { visitTypeId: 'guest', visitor: ada, agreementVersion: 1 })
    expect(outcome).toEqual({ outcome: 'access-pending', visitorName: 'Ada Lovelace', claim: expect.any(String) })
    const visit = await onlyVisit()
    expect(visit.access.state).toBe('pending')

    // The create was not abandoned: Kisi's late answer is recorded, and no retry makes a second link.
    await kiosk.services.visits.runner.idle(5_000)
    expect((await onlyVisit()).access.state).toBe('issued')
    kiosk.sandbox.faults.set({ latencyMs: 0 })
    await laterTurn(60_000)
    expect(kiosk.linksNamedFor(visit.id)).toHaveLength(1)
  })

  it('a create whose answer was lost still ends with exactly one link', async () => {
    kiosk.proxy.loseNextAnswer((request) => request.method === 'POST' && request.path === '/group_links')
    const outcome = await kiosk.call<CheckInOutcome>('visits.checkIn', { visitTypeId: 'guest', visitor: ada, agreementVersion: 1 })
    expect(outcome.outcome).toBe('access-pending')
    const visit = await onlyVisit()
    expect(kiosk.linksNamedFor(visit.id)).toHaveLength(1)

    await laterTurn(6_000)
    const links = kiosk.linksNamedFor(visit.id)
    expect(links).toHaveLength(1)
    const pass = await kiosk.asReception<{ linkUrl: string }>('visits.pass', { visitId: visit.id })
    expect(pass.linkUrl).toBe(`${kiosk.sandbox.url}/grouplinks/${links[0]!.secret}`)
  })

  it('a kiosk stopped between Kisi making the link and recording it issues exactly one link after restart', async () => {
    kiosk.proxy.loseNextAnswer((request) => request.method === 'POST' && request.path === '/group_links')
    await kiosk.call('visits.checkIn', { visitTypeId: 'guest', visitor: ada, agreementVersion: 1 })
    const visit = await onlyVisit()
    await kiosk.restart()
    expect((await onlyVisit()).access.state).toBe('pending')

    await laterTurn(6_000)
    expect((await onlyVisit()).access.state).toBe('issued')
    expect(kiosk.linksNamedFor(visit.id)).toHaveLength(1)
  })

  it('a check-out while Kisi is down revokes the link once Kisi answers again', async () => {
    await kiosk.call('visits.checkIn', { visitTypeId: 'guest', visitor: ada, agreementVersion: 1 })
    const visit = await onlyVisit()
    kiosk.sandbox.faults.set({ dropRate: 1 })
    await kiosk.asReception('visits.checkOut', { visitId: visit.id })
    expect(await onlyVisit()).toMatchObject({ status: 'left', access: { state: 'revoked' } })
    expect(kiosk.linksNamedFor(visit.id)).toHaveLength(1)

    kiosk.sandbox.faults.set({ dropRate: 0 })
    await laterTurn(6_000)
    expect(kiosk.linksNamedFor(visit.id)).toEqual([])
  })

  it('checks visitors out by themselves at the type’s time, also after a restart', async () => {
    await kiosk.call('visits.checkIn', { visitTypeId: 'guest', visitor: ada, agreementVersion: 1 })
    const visit = await onlyVisit()
    expect(visit.autoCheckOutAt).toBe(new Date(new Date(kiosk.clock.now()).setHours(20, 0, 0, 0)).toISOString())
    await kiosk.restart()
    kiosk.clock.advance(8 * 3_600_000 + 1)
    await kiosk.services.visits.background.runAutoCheckOut()
    expect(await onlyVisit()).toMatchObject({ status: 'left', access: { state: 'revoked' } })
    expect(kiosk.linksNamedFor(visit.id)).toEqual([])
  })

  it('extends a visit with a new link before revoking the old one', async () => {
    await kiosk.call('visits.checkIn', { visitTypeId: 'guest', visitor: ada, agreementVersion: 1 })
    const visit = await onlyVisit()
    const oldLink = kiosk.linksNamedFor(visit.id)[0]!
    const until = new Date(kiosk.clock.now().getTime() + 10 * 3_600_000).toISOString()
    const extended = await kiosk.asReception<StaffVisit>('visits.extend', { visitId: visit.id, validUntil: until })
    expect(extended.access).toMatchObject({ state: 'issued', validUntil: until })
    const links = kiosk.linksNamedFor(visit.id)
    expect(links.map((link) => link.name)).toEqual([`Ada Lovelace (Guest) · pass ${visit.passCode}.2`])
    expect(links[0]!.id).not.toBe(oldLink.id)
  })

  it('refuses an extension beyond the visit type’s maximum from now, and keeps the link', async () => {
    await kiosk.call('visits.checkIn', { visitTypeId: 'guest', visitor: ada, agreementVersion: 1 })
    const visit = await onlyVisit()
    const tooLate = new Date(kiosk.clock.now().getTime() + 13 * 3_600_000).toISOString()
    await expect(kiosk.asReception('visits.extend', { visitId: visit.id, validUntil: tooLate })).rejects.toMatchObject({
      code: 'invalid_request',
      reason: 'extendBeyondMaximum',
      params: { visitType: 'Guest', maxHours: 12, latest: new Date(kiosk.clock.now().getTime() + 12 * 3_600_000).toISOString() },
      fields: { validUntil: ['chooseEarlierTime'] },
    })
    expect(kiosk.linksNamedFor(visit.id).map((link) => link.name)).toEqual([`Ada Lovelace (Guest) · pass ${visit.passCode}`])
  })

  it('shows a link deleted in the Kisi dashboard as revoked, and another kiosk’s visitor as theirs', async () => {
    await kiosk.call('visits.checkIn', { visitTypeId: 'guest', visitor: ada, agreementVersion: 1 })
    const visit = await onlyVisit()
    const link = kiosk.linksNamedFor(visit.id)[0]!
    await fetch(`${kiosk.sandbox.url}/group_links/${link.id}`, { method: 'DELETE', headers: { authorization: `KISI-LOGIN ${kiosk.sandbox.apiKey}` } })
    await fetch(`${kiosk.sandbox.url}/group_links`, {
      method: 'POST',
      headers: { authorization: `KISI-LOGIN ${kiosk.sandbox.apiKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ group_link: { group_id: link.groupId, name: 'Grace Hopper (Guest) [fd:0123456789abcdef0123/1]', valid_until: new Date(Date.now() + 3_600_000).toISOString() } }),
    })
    // Another kiosk with pass codes: its tag differs from this kiosk's.
    const otherTag = visit.passCode!.startsWith('ZZZZ') ? 'YYYY' : 'ZZZZ'
    await fetch(`${kiosk.sandbox.url}/group_links`, {
      method: 'POST',
      headers: { authorization: `KISI-LOGIN ${kiosk.sandbox.apiKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ group_link: { group_id: link.groupId, name: `Linus Torvalds (Contractor) · pass ${otherTag}-K7QF`, valid_until: new Date(Date.now() + 3_600_000).toISOString() } }),
    })

    await kiosk.services.visits.background.reconcile()
    const visits = await kiosk.asReception<StaffVisit[]>('visits.today')
    expect(visits.find((item) => item.id === visit.id)?.access).toMatchObject({ state: 'revoked', problem: { what: 'removed-in-kisi', reason: null } })
    const others = visits.filter((item) => item.origin === 'other-kiosk')
    expect(others.map((item) => [item.visitor.name, item.visitTypeName, item.status])).toEqual([
      ['Grace Hopper', 'Guest', 'on-site'],
      ['Linus Torvalds', 'Contractor', 'on-site'],
    ])
    expect(kiosk.sandbox.state.groupLinks.filter((candidate) => candidate.name.startsWith('Linus Torvalds'))).toHaveLength(1)
  })

  it('a check-out removes every link the visit ever had, also ones the kiosk never recorded', async () => {
    await kiosk.call('visits.checkIn', { visitTypeId: 'guest', visitor: ada, agreementVersion: 1 })
    const visit = await onlyVisit()
    const group = kiosk.sandbox.state.groups.find((candidate) => candidate.name === 'Visitors')!
    // What a lost create of an earlier extension would have left behind in Kisi.
    await fetch(`${kiosk.sandbox.url}/group_links`, {
      method: 'POST',
      headers: { authorization: `KISI-LOGIN ${kiosk.sandbox.apiKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ group_link: { group_id: group.id, name: `Ada Lovelace (Guest) · pass ${visit.passCode}.7` } }),
    })
    expect(kiosk.linksNamedFor(visit.id)).toHaveLength(2)

    await kiosk.asReception('visits.checkOut', { visitId: visit.id })
    expect(kiosk.linksNamedFor(visit.id)).toEqual([])
  })

  it('a refused extension keeps the old link working and tells reception', async () => {
    await kiosk.call('visits.checkIn', { visitTypeId: 'guest', visitor: ada, agreementVersion: 1 })
    const visit = await onlyVisit()
    const [oldLink] = kiosk.linksNamedFor(visit.id)
    // Kisi refuses the new link (the key's owner lost admin rights for a moment); the existing link stays.
    const owner = kiosk.sandbox.state.users.find((user) => user.email === kiosk.sandbox.admin.email)!
    owner.admin = false
    const until = new Date(kiosk.clock.now().getTime() + 10 * 3_600_000).toISOString()
    const extended = await kiosk.asReception<StaffVisit>('visits.extend', { visitId: visit.id, validUntil: until })
    owner.admin = true

    expect(extended.access).toMatchObject({
      state: 'issued',
      validUntil: visit.access.validUntil,
      problem: { what: 'not-extended', reason: 'kisiRefused', params: { kisiCode: 'afc496' } },
    })
    expect(kiosk.linksNamedFor(visit.id).map((link) => link.id)).toEqual([oldLink!.id])
    kiosk.services.sessions.start('reception')
    expect(await kiosk.call('kisi.status')).toMatchObject({ pendingWrites: 0 })
    kiosk.services.sessions.end('locked')
  })

  it('a link Kisi finishes making after the visitor checked out is revoked too', async () => {
    kiosk.sandbox.faults.set({ latencyMs: 800 })
    const checkingIn = kiosk.call('visits.checkIn', { visitTypeId: 'guest', visitor: ada, agreementVersion: 1 })
    await new Promise((resolve) => setTimeout(resolve, 200))
    const visit = await onlyVisit()
    const checkingOut = kiosk.asReception('visits.checkOut', { visitId: visit.id })
    await Promise.all([checkingIn, checkingOut])
    kiosk.sandbox.faults.set({ latencyMs: 0 })
    await kiosk.services.visits.background.runDueJobs()

    expect(kiosk.linksNamedFor(visit.id)).toEqual([])
    expect(await onlyVisit()).toMatchObject({ status: 'left', access: { state: 'revoked' } })
  })

  it('reconciliation deletes a link whose visit has left but whose revoke never reached Kisi', async () => {
    await kiosk.call('visits.checkIn', { visitTypeId: 'guest', visitor: ada, agreementVersion: 1 })
    const visit = await onlyVisit()
    kiosk.sandbox.faults.set({ dropRate: 1 })
    await kiosk.asReception('visits.checkOut', { visitId: visit.id })
    kiosk.sandbox.faults.set({ dropRate: 0 })
    expect(kiosk.linksNamedFor(visit.id)).toHaveLength(1)

    await kiosk.services.visits.background.reconcile()
    expect(kiosk.linksNamedFor(visit.id)).toEqual([])
  })

  it('reconciliation removes a duplicate link of a visitor on site once it has settled, and keeps theirs', async () => {
    await kiosk.call('visits.checkIn', { visitTypeId: 'guest', visitor: ada, agreementVersion: 1 })
    const visit = await onlyVisit()
    const [own] = kiosk.linksNamedFor(visit.id)
    // Another create for the same visit whose answer never came back, as Kisi would still hold it.
    const response = await fetch(`${kiosk.sandbox.url}/group_links`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `KISI-LOGIN ${kiosk.sandbox.apiKey}` },
      body: JSON.stringify({ group_link: { group_id: own!.groupId, name: own!.name, valid_from: new Date(own!.validFrom!).toISOString(), valid_until: new Date(own!.validUntil!).toISOString() } }),
    })
    expect(response.status).toBe(200)
    expect(kiosk.linksNamedFor(visit.id)).toHaveLength(2)

    // Younger than five minutes, it may be a link still on its way into the database: left alone.
    await kiosk.services.visits.background.reconcile()
    expect(kiosk.linksNamedFor(visit.id)).toHaveLength(2)

    kiosk.clock.advance(6 * 60_000)
    kiosk.sandbox.faults.set({ clockSkewMs: kiosk.clock.now().getTime() - Date.now() })
    await kiosk.services.visits.background.reconcile()
    expect(kiosk.linksNamedFor(visit.id).map((link) => link.id)).toEqual([own!.id])
    expect((await onlyVisit()).access.state).toBe('issued')
  })
})
