import { describe, expect, it } from 'vitest'
import { requireAccessMade, type RetryFacts } from '../../../electron/services/visits/access-retry-outcome'
import type { LinkJob } from '../../../electron/services/visits/link-jobs'
import type { Visit } from '../../../electron/services/visits/visit-model'

const now = new Date('2026-12-03T10:00:00.000Z')

/** Only what the outcome reads of a visit: its id and access state. */
const visitIn = (accessState: Visit['accessState'], accessProblem: Visit['accessProblem'] = null): Visit =>
  ({ id: 'v1', accessState, accessProblem }) as Partial<Visit> as Visit

const issueDueAt = (nextAttemptAt: string): LinkJob => ({
  id: 1,
  visitId: 'v1',
  kind: 'issue',
  generation: 1,
  linkId: null,
  validUntil: null,
  attempts: 1,
  nextAttemptAt,
  lastError: 'unreachable',
  createUnanswered: false,
})

function outcome(facts: Partial<RetryFacts> & Pick<RetryFacts, 'visit'>): unknown {
  try {
    requireAccessMade({ waitingIssue: undefined, kisiConnected: true, now, ...facts })
    return 'made'
  } catch (error) {
    return error
  }
}

describe('what reception is told after Retry access', () => {
  it('nothing to say once the link exists', () => {
    expect(outcome({ visit: visitIn('issued') })).toBe('made')
  })

  it('Kisi still unreachable, with the outbox’s next try, when the attempt failed and the next is planned', () => {
    expect(outcome({ visit: visitIn('pending'), waitingIssue: issueDueAt('2026-12-03T10:00:30.000Z') })).toMatchObject({
      code: 'kisi_unreachable',
      reason: 'accessWaitsForKisi',
      params: { at: '2026-12-03T10:00:30.000Z' },
    })
  })

  it('not answered yet, when the attempt is still under way after the console’s patience', () => {
    expect(outcome({ visit: visitIn('pending'), waitingIssue: issueDueAt('2026-12-03T09:59:59.000Z') })).toMatchObject({
      code: 'kisi_unreachable',
      reason: 'accessNotAnsweredYet',
    })
  })

  it('waits for the connection when Kisi is not connected', () => {
    expect(outcome({ visit: visitIn('pending'), waitingIssue: issueDueAt('2026-12-03T10:00:30.000Z'), kisiConnected: false })).toMatchObject({
      code: 'kisi_not_connected',
      reason: 'accessWaitsForConnection',
    })
  })

  it('Kisi refused again, with Kisi’s own reason when there is one', () => {
    expect(outcome({ visit: visitIn('failed', { what: 'not-issued', reason: 'kisiGroupGone', params: {} }) })).toMatchObject({ code: 'kisi_refused', reason: 'kisiGroupGone' })
    expect(outcome({ visit: visitIn('failed') })).toMatchObject({ code: 'kisi_refused', reason: 'accessRefusedAgain' })
  })
})
