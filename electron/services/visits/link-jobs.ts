import { z } from 'zod'
import type { SqliteDatabase } from '../database/sqlite-database'

export const linkJobRowSchema = z.object({
  id: z.int(),
  visit_id: z.string(),
  kind: z.enum(['issue', 'revoke']),
  link_generation: z.int(),
  link_id: z.int().nullable(),
  attempts: z.int(),
  next_attempt_at: z.string(),
  last_error: z.string().nullable(),
})
export type LinkJob = z.infer<typeof linkJobRowSchema>

/**
 * The outbox of Kisi writes. A job is written in the same transaction as the visit change that
 * needs it, so a crash or an outage between the two can never lose the write.
 */
export class LinkJobs {
  readonly #database: SqliteDatabase

  constructor(database: SqliteDatabase) {
    this.#database = database
  }

  enqueue(job: { visitId: string; kind: LinkJob['kind']; generation: number; linkId?: number | null; at: string }): void {
    this.#database.run(
      'INSERT INTO link_jobs (visit_id, kind, link_generation, link_id, next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, ?)',
      [job.visitId, job.kind, job.generation, job.linkId ?? null, job.at, job.at],
    )
  }

  due(now: string): LinkJob[] {
    return this.#database.all('SELECT * FROM link_jobs WHERE next_attempt_at <= ? ORDER BY id', linkJobRowSchema, [now])
  }

  forVisit(visitId: string): LinkJob[] {
    return this.#database.all('SELECT * FROM link_jobs WHERE visit_id = ? ORDER BY id', linkJobRowSchema, [visitId])
  }

  complete(id: number): void {
    this.#database.run('DELETE FROM link_jobs WHERE id = ?', [id])
  }

  /** A pending issue that is no longer wanted (checked out before Kisi answered). */
  dropIssues(visitId: string): void {
    this.#database.run("DELETE FROM link_jobs WHERE visit_id = ? AND kind = 'issue'", [visitId])
  }

  postpone(id: number, nextAttemptAt: string, error: string): void {
    this.#database.run('UPDATE link_jobs SET attempts = attempts + 1, next_attempt_at = ?, last_error = ? WHERE id = ?', [nextAttemptAt, error, id])
  }

  pendingCount(): number {
    return this.#database.get('SELECT count(*) AS n FROM link_jobs', z.object({ n: z.int() }))?.n ?? 0
  }
}
