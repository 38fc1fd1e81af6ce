import { z } from 'zod'
import { failedBecause } from '@shared/errors'
import { fieldMessage } from '@shared/field-messages'
import type { StaffAuditLog } from '../audit/staff-audit-log'
import type { SqliteDatabase } from '../database/sqlite-database'
import type { Clock } from '../ports'
import type { Visit } from './visit-model'
import type { VisitorThrottle } from './visitor-throttle'

/** Wrong addresses an invitation picked by name takes before only its code (or reception) will do. */
export const wrongInviteEmailsAllowed = 5

/**
 * The invited e-mail address that confirms a name-search pick before a pass that opens doors. Anyone
 * can type three letters of a name, so guesses are counted per invitation (in the database, so a
 * restart gives no fresh tries) and for the whole kiosk per minute; each wrong one is in the audit trail.
 */
export class InviteEmailChecks {
  readonly #database: SqliteDatabase
  readonly #clock: Clock
  readonly #audit: Pick<StaffAuditLog, 'record'>
  readonly #throttle: VisitorThrottle

  constructor(database: SqliteDatabase, clock: Clock, audit: Pick<StaffAuditLog, 'record'>, throttle: VisitorThrottle) {
    this.#database = database
    this.#clock = clock
    this.#audit = audit
    this.#throttle = throttle
  }

  /** Whether this invitation no longer takes an e-mail address: its code or reception is needed. */
  isClosed(visitId: string): boolean {
    return this.#failures(visitId) >= wrongInviteEmailsAllowed
  }

  /** Returns when `email` is the invited address; throws the visitor's reason otherwise. */
  confirm(invite: Visit, email: string | undefined): void {
    if (this.isClosed(invite.id)) throw attemptsUsed()
    const given = normalizedEmail(email)
    if (given === '') throw mismatch(wrongInviteEmailsAllowed - this.#failures(invite.id))
    this.#throttle.requireLeft('wrongInviteEmail')
    if (given === normalizedEmail(invite.visitor.email)) return

    this.#throttle.take('wrongInviteEmail')
    const failures = this.#recordFailure(invite.id)
    const closed = failures >= wrongInviteEmailsAllowed
    this.#audit.record({
      role: null,
      action: `confirm the invitation of ${invite.visitor.name} by e-mail at the kiosk`,
      outcome: 'refused',
      visitId: invite.id,
      detail: closed
        ? `wrong e-mail address ${failures} of ${wrongInviteEmailsAllowed}: e-mail confirmation closed, the invitation code or reception is needed`
        : `wrong e-mail address ${failures} of ${wrongInviteEmailsAllowed}`,
    })
    throw closed ? attemptsUsed() : mismatch(wrongInviteEmailsAllowed - failures)
  }

  #failures(visitId: string): number {
    return this.#database.get('SELECT failures FROM invite_email_failures WHERE visit_id = ?', z.object({ failures: z.number() }), [visitId])?.failures ?? 0
  }

  #recordFailure(visitId: string): number {
    const row = this.#database.get(
      `INSERT INTO invite_email_failures (visit_id, failures, last_failed_at) VALUES (?, 1, ?)
       ON CONFLICT (visit_id) DO UPDATE SET failures = failures + 1, last_failed_at = excluded.last_failed_at
       RETURNING failures`,
      z.object({ failures: z.number() }),
      [visitId, this.#clock.now().toISOString()],
    )
    return row?.failures ?? wrongInviteEmailsAllowed
  }
}

function normalizedEmail(email: string | undefined): string {
  return (email ?? '').trim().toLowerCase()
}

function mismatch(triesLeft: number) {
  return failedBecause('invalid_request', 'inviteEmailMismatch', { count: triesLeft }, 'The e-mail address given is not the invitation’s', {
    fields: { email: [fieldMessage.enterInvitedEmail] },
  })
}

function attemptsUsed() {
  return failedBecause('forbidden', 'inviteEmailAttemptsUsed', {}, `E-mail confirmation closed after ${wrongInviteEmailsAllowed} wrong addresses; the invitation code or reception is needed`)
}
