import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AuditPage } from '@shared/schemas/audit-trail'
import type { CheckInOutcome, StaffVisit, VisitorPass } from '@shared/schemas/visit'
import { useTempDirectory } from '../fixtures/temp-directory'
import { startVisitHarness, type VisitHarness } from '../fixtures/visit-harness'

describe('reception’s walk-in: the agreement it confirms and the pass it shows', () => {
  const tempDirectory = useTempDirectory()
  let kiosk: VisitHarness

  beforeEach(async () => {
    kiosk = await startVisitHarness(tempDirectory())
  })
  afterEach(() => kiosk.stop())

  const managerCall = async <T>(name: string, payload: unknown = {}): Promise<T> => {
    kiosk.services.sessions.start('manager')
    try {
      return await kiosk.call<T>(name, payload)
    } finally {
      kiosk.services.sessions.end('locked')
    }
  }

  it('needs reception to confirm the current agreement, records that it did, and has a pass to show', async () => {
    const walter = { visitTypeId: 'guest', visitor: { name: 'Walter Walkin', host: 'Charles Babbage' } }
    await expect(kiosk.asReception('visits.walkIn', { ...walter, agreementVersion: null })).rejects.toMatchObject({
      code: 'invalid_request',
      reason: 'agreementNotAccepted',
      fields: { agreementVersion: ['acceptAgreement'] },
    })
    expect(await kiosk.asReception<StaffVisit[]>('visits.today')).toEqual([])

    const visit = await kiosk.asReception<StaffVisit>('visits.walkIn', { ...walter, agreementVersion: 1 })
    expect(visit).toMatchObject({ status: 'on-site', agreementVersion: 1, agreementAcceptance: 'confirmed-by-reception', access: { state: 'issued' } })
    const pass = await kiosk.asReception<VisitorPass>('visits.pass', { visitId: visit.id })
    expect(pass).toMatchObject({ visitorName: 'Walter Walkin', passCode: visit.passCode })
    expect(pass.linkUrl).toBe(`${kiosk.sandbox.url}/grouplinks/${kiosk.linksNamedFor(visit.id)[0]!.secret}`)

    const trail = await managerCall<AuditPage>('audit.list', { page: 0 })
    const walkIn = trail.entries.filter((entry) => entry.action === 'check in walk-in Walter Walkin')
    expect(walkIn.map((entry) => [entry.outcome, entry.detail])).toEqual([
      ['succeeded', 'Walter Walkin; agreement version 1 confirmed by reception'],
      ['refused', expect.stringContaining('invalid_request')],
    ])
  })

  it('a visitor who accepts at the kiosk is recorded as such; a type without an agreement records none', async () => {
    await kiosk.call<CheckInOutcome>('visits.checkIn', { visitTypeId: 'guest', visitor: { name: 'Ada Lovelace', host: 'Charles Babbage' }, agreementVersion: 1 })
    const delivery = await kiosk.asReception<StaffVisit>('visits.walkIn', { visitTypeId: 'delivery', visitor: { name: 'Dora Driver', company: 'Parcel Co' }, agreementVersion: null })
    const today = await kiosk.asReception<StaffVisit[]>('visits.today')
    expect(today.find((visit) => visit.visitor.name === 'Ada Lovelace')).toMatchObject({ agreementVersion: 1, agreementAcceptance: 'visitor-at-kiosk' })
    expect(delivery).toMatchObject({ agreementVersion: null, agreementAcceptance: null })
  })
})
