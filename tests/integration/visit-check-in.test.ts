import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CheckInOutcome, StaffVisit } from '@shared/schemas/visit'
import type { VisitPolicies } from '@shared/schemas/visit-policy'
import { useTempDirectory } from '../fixtures/temp-directory'
import { alwaysOpen, startVisitHarness, type VisitHarness } from '../fixtures/visit-harness'

const ada = { name: 'Ada Lovelace', email: 'ada@example.com', company: 'Analytical Engines', host: 'Charles Babbage' }

describe('visitor check-in and check-out against the Kisi sandbox', () => {
  const tempDirectory = useTempDirectory()
  let kiosk: VisitHarness

  beforeEach(async () => {
    kiosk = await startVisitHarness(tempDirectory())
  })
  afterEach(() => kiosk.stop())

  const guestCheckIn = (visitor: Record<string, string> = ada) =>
    kiosk.call<CheckInOutcome>('visits.checkIn', { visitTypeId: 'guest', visitor, agreementVersion: 1 })
  const visitOf = async (visitId: string) => (await kiosk.asReception<StaffVisit[]>('visits.today')).find((visit) => visit.id === visitId)!

  it('gives a walk-in guest a pass whose link Kisi holds, with one Kisi call', async () => {
    const mark = kiosk.proxy.requests.length
    const outcome = await guestCheckIn()
    expect(outcome.outcome).toBe('pass')
    if (outcome.outcome !== 'pass') return
    expect(kiosk.kisiRequestsSince(mark).map((request) => `${request.method} ${request.path}`)).toEqual(['POST /group_links'])

    const [link] = kiosk.linksNamedFor(outcome.pass.visitId)
    // Kisi shows the name to the visitor: it ends with the code on their pass, not an internal id.
    expect(outcome.pass.passCode).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/)
    expect(link?.name).toBe(`Ada Lovelace (Guest) · pass ${outcome.pass.passCode}`)
    expect(link?.name).not.toContain('[fd:')
    expect(link?.name).not.toContain(outcome.pass.visitId)
    expect(outcome.pass.linkUrl).toBe(`${kiosk.sandbox.url}/grouplinks/${link?.secret}`)
    expect(outcome.pass.doorNames).toContain('Main Entrance')
    expect(new Date(link!.validUntil!).toISOString()).toBe(outcome.pass.validUntil)
    expect(Date.parse(outcome.pass.validUntil) - kiosk.clock.now().getTime()).toBe(8 * 3_600_000)
  })

  it('stores the visit before Kisi is asked, and keeps the accepted agreement version', async () => {
    const outcome = await guestCheckIn()
    const visit = await visitOf(outcome.outcome === 'pass' ? outcome.pass.visitId : '')
    expect(visit).toMatchObject({ status: 'on-site', agreementVersion: 1, visitor: ada, access: { state: 'issued', groupName: 'Visitors' } })
  })

  it('revokes the link at check-out, so it no longer opens doors', async () => {
    const outcome = await guestCheckIn()
    if (outcome.outcome !== 'pass') throw new Error('expected a pass')
    const secret = kiosk.linksNamedFor(outcome.pass.visitId)[0]!.secret
    expect(await kiosk.call('visits.checkOutSelf', { passUrl: outcome.pass.linkUrl })).toEqual({ visitorName: 'Ada Lovelace' })
    expect(kiosk.linksNamedFor(outcome.pass.visitId)).toEqual([])
    const unlock = await fetch(`${kiosk.sandbox.url}/locks/${kiosk.sandbox.state.locks[0]!.id}/unlock`, {
      method: 'POST',
      headers: { authorization: `KISI-GROUP-LINK ${secret}`, 'content-type': 'application/json' },
      body: '{}',
    })
    expect(unlock.status).toBe(401)
    expect((await visitOf(outcome.pass.visitId)).status).toBe('left')
  })

  it('welcomes a visitor whose type opens no doors, without asking Kisi', async () => {
    const mark = kiosk.proxy.requests.length
    const outcome = await kiosk.call<CheckInOutcome>('visits.checkIn', {
      visitTypeId: 'interview',
      visitor: { name: 'Grace Hopper', email: 'grace@example.com', host: 'Ada Lovelace' },
      agreementVersion: 1,
    })
    expect(outcome).toEqual({ outcome: 'welcome', visitorName: 'Grace Hopper', hostName: 'Ada Lovelace', hostNotified: false })
    expect(kiosk.kisiRequestsSince(mark)).toEqual([])
  })

  it('names each invalid field and refuses a missing agreement', async () => {
    await expect(kiosk.call('visits.checkIn', { visitTypeId: 'guest', visitor: { name: 'A', email: 'not-mail' }, agreementVersion: 1 })).rejects.toMatchObject({
      code: 'invalid_request',
      fields: { 'visitor.name': ['enterFullName'], 'visitor.email': ['emailLikeExample'], 'visitor.host': ['enterHostName'] },
    })
    await expect(kiosk.call('visits.checkIn', { visitTypeId: 'guest', visitor: ada, agreementVersion: null })).rejects.toMatchObject({
      code: 'invalid_request',
      reason: 'agreementNotAccepted',
      fields: { agreementVersion: ['acceptAgreement'] },
    })
  })

  it('gives changed agreement text a new version even when the editor sent the old one', async () => {
    kiosk.services.sessions.start('manager')
    const policies = await kiosk.call<VisitPolicies>('policies.get')
    const reworded = policies.visitTypes.map((type) => (type.id === 'guest' ? { ...type, agreement: { text: 'New house rules.', version: 1 } } : type))
    const saved = await kiosk.call<VisitPolicies>('policies.save', { ...policies, visitTypes: reworded })
    kiosk.services.sessions.end('locked')
    expect(saved.visitTypes.find((type) => type.id === 'guest')?.agreement).toEqual({ text: 'New house rules.', version: 2 })

    // A visitor who accepted the old text on a screen opened before the change is asked again.
    await expect(guestCheckIn()).rejects.toMatchObject({ code: 'invalid_request', fields: { agreementVersion: expect.any(Array) } })
    const outcome = await kiosk.call<CheckInOutcome>('visits.checkIn', { visitTypeId: 'guest', visitor: ada, agreementVersion: 2 })
    expect((await visitOf(outcome.outcome === 'pass' ? outcome.pass.visitId : '')).agreementVersion).toBe(2)

    kiosk.services.sessions.start('manager')
    const unchanged = await kiosk.call<VisitPolicies>('policies.save', { ...saved, visitTypes: reworded })
    expect(unchanged.visitTypes.find((type) => type.id === 'guest')?.agreement?.version).toBe(2)

    // Switched off, then added again with new words: above every version a visit recorded, not 1.
    const withoutAgreement = unchanged.visitTypes.map((type) => (type.id === 'guest' ? { ...type, agreement: null } : type))
    await kiosk.call('policies.save', { ...unchanged, visitTypes: withoutAgreement })
    const readded = withoutAgreement.map((type) => (type.id === 'guest' ? { ...type, agreement: { text: 'Other rules.', version: 1 } } : type))
    const again = await kiosk.call<VisitPolicies>('policies.save', { ...unchanged, visitTypes: readded })
    kiosk.services.sessions.end('locked')
    expect(again.visitTypes.find((type) => type.id === 'guest')?.agreement).toEqual({ text: 'Other rules.', version: 3 })
  })

  it('holds a type that needs approval until reception approves', async () => {
    const contractor = { name: 'Bob Builder', email: 'bob@example.com', phone: '+49 30 1234567', company: 'Build Co', host: 'Ada', purpose: 'Wiring' }
    const outcome = await kiosk.call<CheckInOutcome>('visits.checkIn', { visitTypeId: 'contractor', visitor: contractor, agreementVersion: 1 })
    expect(outcome).toEqual({ outcome: 'see-reception', visitorName: 'Bob Builder' })
    const [held] = (await kiosk.asReception<StaffVisit[]>('visits.today')).filter((visit) => visit.status === 'awaiting-approval')
    expect(held).toMatchObject({ holdReason: 'approval', access: { state: 'none' } })
    expect(kiosk.linksNamedFor(held!.id)).toEqual([])

    const approved = await kiosk.asReception<StaffVisit>('visits.approve', { visitId: held!.id })
    expect(approved).toMatchObject({ status: 'on-site', access: { state: 'issued' } })
    expect(kiosk.linksNamedFor(held!.id)).toHaveLength(1)
  })

  it('holds a deny-list match without telling the visitor why', async () => {
    kiosk.services.sessions.start('manager')
    const policies = await kiosk.call<VisitPolicies>('policies.get')
    await kiosk.call('policies.save', { ...policies, denyList: { names: ['ADA  lovelace'], emails: [] } })
    kiosk.services.sessions.end('locked')
    const outcome = await guestCheckIn({ ...ada, name: 'Ada Lovelace' })
    expect(outcome).toEqual({ outcome: 'see-reception', visitorName: 'Ada Lovelace' })
    expect(JSON.stringify(outcome)).not.toMatch(/deny/i)
    const [held] = (await kiosk.asReception<StaffVisit[]>('visits.today')).filter((visit) => visit.status === 'awaiting-approval')
    expect(held?.holdReason).toBe('deny-list')
  })

  it('holds a listed visitor who disguises the name or the address', async () => {
    kiosk.services.sessions.start('manager')
    const policies = await kiosk.call<VisitPolicies>('policies.get')
    await kiosk.call('policies.save', { ...policies, denyList: { names: ['Ada Lovelace'], emails: ['@rival.example'] } })
    kiosk.services.sessions.end('locked')
    // Cyrillic "А" and "е", a zero-width space and a middle initial; then a sub-domain address.
    expect(await guestCheckIn({ ...ada, name: 'Аda B. Lov\u200Bеlace' })).toMatchObject({ outcome: 'see-reception' })
    expect(await guestCheckIn({ ...ada, name: 'Grace Hopper', email: 'grace+visit@mail.rival.example' })).toMatchObject({ outcome: 'see-reception' })
    const held = (await kiosk.asReception<StaffVisit[]>('visits.today')).filter((visit) => visit.holdReason === 'deny-list')
    expect(held).toHaveLength(2)
  })

  it('refuses check-in outside the type’s days and hours, giving them for the screen to word', async () => {
    kiosk.services.sessions.start('manager')
    const policies = await kiosk.call<VisitPolicies>('policies.get')
    const hour = kiosk.clock.now().getHours()
    const closedNow = { checkInFrom: `${String(hour + 1).padStart(2, '0')}:00`, checkInUntil: `${String(hour + 2).padStart(2, '0')}:00` }
    await kiosk.call('policies.save', { ...policies, visitTypes: policies.visitTypes.map((type) => (type.id === 'guest' ? { ...alwaysOpen(type), ...closedNow } : type)) })
    kiosk.services.sessions.end('locked')
    await expect(guestCheckIn()).rejects.toMatchObject({
      code: 'not_available',
      reason: 'checkInClosed',
      params: { visitType: 'Guest', days: '1,2,3,4,5,6,7', from: closedNow.checkInFrom, until: closedNow.checkInUntil },
    })
  })
})
