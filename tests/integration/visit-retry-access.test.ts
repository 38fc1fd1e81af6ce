import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AuditPage } from '@shared/schemas/audit-trail'
import type { CheckInOutcome, StaffVisit } from '@shared/schemas/visit'
import { useTempDirectory } from '../fixtures/temp-directory'
import { startVisitHarness, type VisitHarness } from '../fixtures/visit-harness'

const ada = { name: 'Ada Lovelace', host: 'Charles Babbage' }

describe('reception’s "Retry access" says what happened and the trail records it', () => {
  const tempDirectory = useTempDirectory()
  let kiosk: VisitHarness

  beforeEach(async () => {
    kiosk = await startVisitHarness(tempDirectory())
  })
  afterEach(() => kiosk.stop())

  const checkIn = () => kiosk.call<CheckInOutcome>('visits.checkIn', { visitTypeId: 'guest', visitor: ada, agreementVersion: 1 })
  const adasVisit = async () => (await kiosk.asReception<StaffVisit[]>('visits.today')).find((visit) => visit.visitor.name === ada.name)!
  const retry = (visitId: string) => kiosk.asReception<StaffVisit>('visits.retryAccess', { visitId }).then(
    (visit) => ({ ok: true as const, visit }),
    (error: unknown) => ({ ok: false as const, error: error as { code: string; reason?: string; params?: Record<string, unknown> } }),
  )
  const lastRetryInTrail = async () => {
    kiosk.services.sessions.start('manager')
    try {
      const page = await kiosk.call<AuditPage>('audit.list', { page: 0 })
      return page.entries.find((entry) => entry.action.startsWith('retry access'))
    } finally {
      kiosk.services.sessions.end('locked')
    }
  }

  it('while Kisi is down: still unreachable, with the next try, and failed in the trail; once Kisi is back, done', async () => {
    kiosk.sandbox.faults.set({ errorRate: 1 })
    expect((await checkIn()).outcome).toBe('access-pending')
    const visit = await adasVisit()

    const refused = await retry(visit.id)
    expect(refused).toMatchObject({ ok: false, error: { code: 'kisi_unreachable', reason: 'accessWaitsForKisi' } })
    const nextTry = refused.ok ? '' : String(refused.error.params?.['at'])
    expect(Date.parse(nextTry)).toBeGreaterThan(kiosk.clock.now().getTime())
    expect(await lastRetryInTrail()).toMatchObject({
      action: `retry access for ${visit.visitor.name} (Guest), visit ${visit.id}`,
      outcome: 'failed',
      detail: expect.stringContaining('still unreachable'),
    })
    expect((await adasVisit()).access.state).toBe('pending')

    kiosk.sandbox.faults.set({ errorRate: 0 })
    expect(await retry(visit.id)).toMatchObject({ ok: true, visit: { access: { state: 'issued' } } })
    expect(await lastRetryInTrail()).toMatchObject({ outcome: 'succeeded' })
  })

  it('while Kisi is not connected: says the link waits for the connection', async () => {
    kiosk.services.sessions.start('manager')
    await kiosk.call('kisi.disconnect')
    kiosk.services.sessions.end('locked')
    expect((await checkIn()).outcome).toBe('access-pending')

    expect(await retry((await adasVisit()).id)).toMatchObject({ ok: false, error: { code: 'kisi_not_connected', reason: 'accessWaitsForConnection' } })
    expect(await lastRetryInTrail()).toMatchObject({ outcome: 'failed' })
  })
})
