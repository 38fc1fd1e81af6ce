import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CheckInOutcome, StaffVisit } from '@shared/schemas/visit'
import { useTempDirectory } from '../fixtures/temp-directory'
import { startVisitHarness, type VisitHarness } from '../fixtures/visit-harness'

const ada = { name: 'Ada Lovelace', host: 'Charles Babbage' }

describe('link names: the code on the pass, and the older marker still understood', () => {
  const tempDirectory = useTempDirectory()
  let kiosk: VisitHarness

  beforeEach(async () => {
    kiosk = await startVisitHarness(tempDirectory())
  })
  afterEach(() => kiosk.stop())

  const onlyVisit = async () => (await kiosk.asReception<StaffVisit[]>('visits.today'))[0]!

  it('the page Kisi shows the visitor greets them with their pass code, not an internal marker', async () => {
    const outcome = await kiosk.call<CheckInOutcome>('visits.checkIn', { visitTypeId: 'guest', visitor: ada, agreementVersion: 1 })
    if (outcome.outcome !== 'pass') throw new Error(`expected a pass, got ${outcome.outcome}`)
    const page = await (await fetch(outcome.pass.linkUrl)).text()
    expect(page).toContain(`Welcome, Ada Lovelace (Guest) · pass ${outcome.pass.passCode}`)
    expect(page).not.toContain('[fd:')
    expect((await onlyVisit()).passCode).toBe(outcome.pass.passCode)
  })

  it('a visit stored before pass codes keeps its marker: extended, reconciled and checked out with one link at a time', async () => {
    await kiosk.call('visits.checkIn', { visitTypeId: 'guest', visitor: ada, agreementVersion: 1 })
    const visit = await onlyVisit()
    // What an older kiosk left: no pass code, and a link named with the visit's id.
    const made = kiosk.sandbox.state.groupLinks.find((link) => link.name === `Ada Lovelace (Guest) · pass ${visit.passCode}`)!
    made.name = `Ada Lovelace (Guest) [fd:${visit.id}/1]`
    kiosk.services.visits.repository.update(visit.id, { passCode: null })
    expect(kiosk.linksNamedFor(visit.id)).toHaveLength(1)

    const until = new Date(kiosk.clock.now().getTime() + 10 * 3_600_000).toISOString()
    await kiosk.asReception('visits.extend', { visitId: visit.id, validUntil: until })
    expect(kiosk.linksNamedFor(visit.id).map((link) => link.name)).toEqual([`Ada Lovelace (Guest) [fd:${visit.id}/2]`])

    kiosk.clock.advance(10 * 60_000)
    await kiosk.services.visits.background.reconcile()
    expect(kiosk.linksNamedFor(visit.id)).toHaveLength(1)
    expect((await onlyVisit()).access.state).toBe('issued')

    await kiosk.asReception('visits.checkOut', { visitId: visit.id })
    expect(kiosk.linksNamedFor(visit.id)).toEqual([])
  })
})
