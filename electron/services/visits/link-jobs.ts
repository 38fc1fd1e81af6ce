import { z } from 'zod'
import type { SqliteDatabase } from '../database/sqlite-database'

/** A row of `link_jobs`, read as a job: the column names stay in this file. */
const linkJobSchema = z
  .object({
    id: z.int(),
    visit_id: z.string(),
    /**
     * issue: make the visit's link; revoke: delete one older link; revoke-all: delete every link of
     * the visit; sweep: a while after an unanswered create, delete late copies of the link kept.
     */
    kind: z.enum(['issue', 'revoke', 'revoke-all', 'sweep']),
    link_generation: z.int(),
    link_id: z.int().nullable(),
    /** For an issue: the end of the new link (an extension changes it only once the link exists). */
    valid_until: z.string().nullable(),
    attempts: z.int(),
    next_attempt_at: z.string(),
    last_error: z.string().nullable(),
    create_unanswered: z.union([z.literal(0), z.literal(1)]),
  })
  .transform((row) => ({
    id: row.id,
    visitId: row.visit_id,
    kind: row.kind,
    /** The link generation the job makes or deletes. */
    generation: row.link_generation,
    linkId: row.link_id,
    validUntil: row.valid_until,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    lastError: row.last_error,
    /** A create of this issue got no answer (or a try was cut off): Kisi may still carry it out late. */
    createUnanswered: row.create_unanswered === 1,
  }))
export type LinkJob = z.output<typeof linkJobSchema>

export interface NewLinkJob {
  visitId: string
  kind: LinkJob['kind']
  generation: number
  linkId?: number | null
  validUntil?: string | null
  at: string
  /** When it is first tried; default `at`. */
  dueAt?: string
}

/**
 * The outbox of Kisi writes. A job is written in the same transaction as the visit change that
 * needs it, so a crash or an outage between the two can never lose the write.
 */
export class LinkJobs {
  readonly #database: SqliteDatabase

  constructor(database: SqliteDatabase) {
    this.#database = database
  }

  enqueue(job: NewLinkJob): void {
    this.#database.run(
      'INSERT INTO link_jobs (visit_id, kind, link_generation, link_id, valid_until, next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      [job.visitId, job.kind, job.generation, job.linkId ?? null, job.validUntil ?? null, job.dueAt ?? job.at, job.at],
    )
  }

  due(now: string): LinkJob[] {
    return this.#database.all('SELECT * FROM link_jobs WHERE next_attempt_at <= ? ORDER BY id', linkJobSchema, [now])
  }

  /**
   * The visit's next job after `afterId`, read afresh each time so jobs added or dropped meanwhile
   * count: only jobs due by `now`, or with `dueOnly` false any job but a sweep, which must wait for
   * the late copy it is there to catch.
   */
  nextFor(visitId: string, afterId: number, now: string, dueOnly: boolean): LinkJob | undefined {
    return this.#database.get(
      "SELECT * FROM link_jobs WHERE visit_id = ? AND id > ? AND (next_attempt_at <= ? OR (? = 0 AND kind != 'sweep')) ORDER BY id LIMIT 1",
      linkJobSchema,
      [visitId, afterId, now, dueOnly ? 1 : 0],
    )
  }

  /** The visit's issue still waiting in the outbox, if any: what reception is told after a retry. */
  waitingIssue(visitId: string): LinkJob | undefined {
    return this.#database.get("SELECT * FROM link_jobs WHERE visit_id = ? AND kind = 'issue' ORDER BY id DESC LIMIT 1", linkJobSchema, [visitId])
  }

  hasIssue(visitId: string): boolean {
    return this.#database.get("SELECT count(*) AS n FROM link_jobs WHERE visit_id = ? AND kind = 'issue'", z.object({ n: z.int() }), [visitId])?.n !== 0
  }

  /** False when the job was no longer there: something (a check-out) dropped it meanwhile. */
  complete(id: number): boolean {
    return this.#database.run('DELETE FROM link_jobs WHERE id = ?', [id]) > 0
  }

  /** A pending issue that is no longer wanted (checked out before Kisi answered). */
  dropIssues(visitId: string): void {
    this.#database.run("DELETE FROM link_jobs WHERE visit_id = ? AND kind = 'issue'", [visitId])
  }

  /** Revokes of links older than `generation`, when the link meant to replace them could not be made. */
  dropRevokesBefore(visitId: string, generation: number): void {
    this.#database.run("DELETE FROM link_jobs WHERE visit_id = ? AND kind = 'revoke' AND link_generation < ?", [visitId, generation])
  }

  /**
   * Counts a try before Kisi is asked. Until the try records how it ended, an issue's create counts
   * as unanswered: a crash may cut the try off after Kisi received the create.
   */
  startTry(id: number): void {
    this.#database.run("UPDATE link_jobs SET attempts = attempts + 1, create_unanswered = (kind = 'issue' OR create_unanswered) WHERE id = ?", [id])
  }

  /** `createUnanswered`: whether any create of the job so far went unanswered. */
  postpone(id: number, nextAttemptAt: string, error: string, createUnanswered: boolean): void {
    this.#database.run('UPDATE link_jobs SET next_attempt_at = ?, last_error = ?, create_unanswered = ? WHERE id = ?', [nextAttemptAt, error, createUnanswered ? 1 : 0, id])
  }

  /** Every job waiting for a later try is due now (Kisi can be used again); sweeps keep their wait. */
  bringForward(now: string): void {
    this.#database.run("UPDATE link_jobs SET next_attempt_at = ? WHERE next_attempt_at > ? AND kind != 'sweep'", [now, now])
  }

  /** Writes staff wait for; a sweep is only a later look for a copy. */
  pendingCount(): number {
    return this.#database.get("SELECT count(*) AS n FROM link_jobs WHERE kind != 'sweep'", z.object({ n: z.int() }))?.n ?? 0
  }
}
