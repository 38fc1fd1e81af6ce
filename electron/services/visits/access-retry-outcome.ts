import { AppError, failedBecause } from '@shared/errors'
import type { LinkJob } from './link-jobs'
import type { Visit } from './visit-model'

export interface RetryFacts {
  /** The visit as it is once reception's retry has had its try (or the patience ran out). */
  visit: Visit
  /** Its issue still waiting in the outbox, if any. */
  waitingIssue: LinkJob | undefined
  /** Whether the kiosk has a Kisi key Kisi accepts; without one the outbox waits for a manager. */
  kisiConnected: boolean
  now: Date
}

/**
 * A staff retry succeeded only if the link now exists. Otherwise this throws what happened, so the
 * console says it and the audit trail records a failure, never "done": Kisi refused again, Kisi
 * is still unreachable (with the outbox's next try), or Kisi has not answered yet.
 */
export function requireAccessMade({ visit, waitingIssue, kisiConnected, now }: RetryFacts): void {
  if (visit.accessState === 'failed') {
    const problem = visit.accessProblem
    if (problem && 'reason' in problem && problem.reason) {
      throw new AppError('kisi_refused', `Kisi refused the access link of visit ${visit.id} again`, { reason: problem.reason, params: problem.params })
    }
    throw failedBecause('kisi_refused', 'accessRefusedAgain', {}, `Kisi refused the access link of visit ${visit.id} again`)
  }
  if (visit.accessState !== 'pending' || !waitingIssue) return
  if (!kisiConnected) {
    throw failedBecause('kisi_not_connected', 'accessWaitsForConnection', {}, `The access link of visit ${visit.id} waits until Kisi is connected`)
  }
  if (Date.parse(waitingIssue.nextAttemptAt) > now.getTime()) {
    throw failedBecause('kisi_unreachable', 'accessWaitsForKisi', { at: waitingIssue.nextAttemptAt }, `Kisi is still unreachable for visit ${visit.id}; next try at ${waitingIssue.nextAttemptAt}`)
  }
  throw failedBecause('kisi_unreachable', 'accessNotAnsweredYet', {}, `Kisi has not answered the retry for visit ${visit.id} yet`)
}
