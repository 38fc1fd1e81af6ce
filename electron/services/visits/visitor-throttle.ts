import { failedBecause, type AppError } from '@shared/errors'
import type { StaffAuditLog } from '../audit/staff-audit-log'
import type { Clock } from '../ports'
import { TokenBucket, type BucketBudget } from './token-bucket'

/**
 * The visitor side's budgets, each what a person at the screen does with room to spare: the page
 * waits for a pause in typing before it searches, an invitation takes two or three calls (a name-search
 * pick confirms its e-mail address on the way), and people leave one at a time. Scanning one's own
 * pass proves the visit, so it may come faster than a check-out by name, which anyone can do for anyone.
 */
export const visitorBudgets = {
  /** `visits.checkIn`: a visitor types for half a minute, a group queues; 20 at once, then one every 3 s. */
  checkIn: { burst: 20, refillEveryMs: 3_000 },
  /** `visits.findInvites` and `visits.findOnSite`: 2 a second. */
  nameSearch: { burst: 10, refillEveryMs: 500 },
  /** `visits.inviteAgreement` and `visits.checkInInvite`, code guesses included: one every 2 s. */
  invite: { burst: 10, refillEveryMs: 2_000 },
  /** `visits.checkOutSelf` by a name-search pick: 3 a minute. */
  checkOutByName: { burst: 3, refillEveryMs: 20_000 },
  /** `visits.checkOutSelf` by scanning the pass: one a second. */
  passScan: { burst: 5, refillEveryMs: 1_000 },
  /** Wrong invited e-mail addresses, all invitations together: 10 a minute. */
  wrongInviteEmail: { burst: 10, refillEveryMs: 6_000 },
} as const satisfies Record<string, BucketBudget>

export type VisitorCallFamily = keyof typeof visitorBudgets
export type VisitorBudgetOverrides = Partial<Record<VisitorCallFamily, BucketBudget>>

const familyWords: Record<VisitorCallFamily, string> = {
  checkIn: 'check-ins',
  nameSearch: 'name searches',
  invite: 'invitation look-ups',
  checkOutByName: 'check-outs by name',
  passScan: 'check-outs by pass',
  wrongInviteEmail: 'wrong invitation e-mail addresses',
}

/** Refusals of one family reach the audit trail at most this often, with how many there were. */
export const refusalAuditEveryMs = 5 * 60_000

/**
 * Keeps each kind of visitor-side call to its budget for the whole kiosk (every caller is the one
 * screen, or a script pretending to be it). A refused call answers `throttled` with `retryAt`. The
 * audit trail gets one record per family every five minutes at most, counting the refusals since the
 * last, so a script that keeps calling at the refill rate still cannot fill the disk.
 */
export class VisitorThrottle {
  readonly #buckets: Record<VisitorCallFamily, TokenBucket>
  readonly #clock: Clock
  readonly #audit: Pick<StaffAuditLog, 'record'>
  readonly #audited = new Map<VisitorCallFamily, { at: number; refusedSince: number }>()

  constructor(clock: Clock, audit: Pick<StaffAuditLog, 'record'>, budgets: VisitorBudgetOverrides = {}) {
    this.#clock = clock
    this.#audit = audit
    const chosen = { ...visitorBudgets, ...budgets }
    this.#buckets = Object.fromEntries(Object.entries(chosen).map(([family, budget]) => [family, new TokenBucket(budget, clock)])) as Record<VisitorCallFamily, TokenBucket>
  }

  /** Counts one call of the family, or throws `throttled` when its budget is used up. */
  take(family: VisitorCallFamily): void {
    this.#answer(family, this.#buckets[family].take())
  }

  /** Throws `throttled` when the family's budget is used up, without counting a call. */
  requireLeft(family: VisitorCallFamily): void {
    this.#answer(family, this.#buckets[family].nextAt())
  }

  #answer(family: VisitorCallFamily, retryAt: Date | null): void {
    if (retryAt === null) return
    this.#auditRefusal(family, retryAt)
    throw throttledUntil(retryAt, this.#clock.now(), familyWords[family])
  }

  #auditRefusal(family: VisitorCallFamily, retryAt: Date): void {
    const now = this.#clock.now().getTime()
    const last = this.#audited.get(family)
    if (last && now - last.at < refusalAuditEveryMs) {
      last.refusedSince += 1
      return
    }
    const earlier = last && last.refusedSince > 0 ? `; ${last.refusedSince} more refused in the ${refusalAuditEveryMs / 60_000} minutes before` : ''
    this.#audited.set(family, { at: now, refusedSince: 0 })
    this.#audit.record({ role: null, action: `pause visitor-side ${familyWords[family]} at the kiosk`, outcome: 'refused', detail: `too many in a short time; refused until ${retryAt.toISOString()}${earlier}` })
  }
}

function throttledUntil(retryAt: Date, now: Date, what: string): AppError {
  const seconds = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 1000))
  return failedBecause('throttled', 'tooManyTries', { count: seconds }, `Too many ${what}; try again in ${seconds} s`, { retryAt: retryAt.toISOString() })
}
