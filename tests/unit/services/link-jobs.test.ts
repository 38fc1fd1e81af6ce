import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { migrations } from '../../../electron/services/database/migrations'
import { SqliteDatabase } from '../../../electron/services/database/sqlite-database'
import { LinkJobs } from '../../../electron/services/visits/link-jobs'
import { VisitRepository } from '../../../electron/services/visits/visit-repository'
import { sampleVisit, sampleVisitRow } from '../../fixtures/sample-visit'
import { useTempDirectory } from '../../fixtures/temp-directory'

const at = (minute: number): string => `2026-11-28T09:${String(minute).padStart(2, '0')}:00.000Z`
const ids = (rows: { id: number }[]) => rows.map((row) => row.id)

describe('LinkJobs, the outbox of Kisi writes', () => {
  const tempDirectory = useTempDirectory()
  const open = (steps = migrations) => {
    const database = SqliteDatabase.open(join(tempDirectory(), 'kiosk.db'), steps)
    new VisitRepository(database).insert(sampleVisit())
    return { database, jobs: new LinkJobs(database) }
  }
  const visitId = sampleVisit().id

  it('keeps a sweep waiting for the late copy it looks for, even when a person runs the visit’s jobs', () => {
    const { jobs } = open()
    jobs.enqueue({ visitId, kind: 'sweep', generation: 1, linkId: 7, at: at(0), dueAt: at(1) })
    jobs.enqueue({ visitId, kind: 'revoke-all', generation: 1, linkId: 7, at: at(0) })
    expect(jobs.nextFor(visitId, 0, at(0), false)).toMatchObject({ kind: 'revoke-all' })
    expect(jobs.nextFor(visitId, 0, at(0), true)).toMatchObject({ kind: 'revoke-all' })
    expect(jobs.nextFor(visitId, 0, at(1), false)).toMatchObject({ kind: 'sweep', linkId: 7 })
    expect(jobs.pendingCount()).toBe(1)
  })

  it('brings every waiting write forward when Kisi can be used again, but not a sweep', () => {
    const { jobs } = open()
    jobs.enqueue({ visitId, kind: 'issue', generation: 1, at: at(0) })
    jobs.enqueue({ visitId, kind: 'sweep', generation: 1, linkId: 7, at: at(0), dueAt: at(1) })
    const [issue] = jobs.due(at(0))
    jobs.startTry(issue!.id)
    jobs.postpone(issue!.id, at(5), 'Kisi is not connected.', false)
    expect(jobs.due(at(0))).toEqual([])

    jobs.bringForward(at(0))
    expect(jobs.due(at(0))).toMatchObject([{ kind: 'issue', attempts: 1, lastError: 'Kisi is not connected.', createUnanswered: false }])
    expect(ids(jobs.due(at(1)))).toHaveLength(2)
  })

  it('counts an issue’s create as unanswered from the start of a try until the try says otherwise, and keeps it so once it was', () => {
    const { jobs } = open()
    jobs.enqueue({ visitId, kind: 'issue', generation: 1, at: at(0) })
    jobs.enqueue({ visitId, kind: 'revoke', generation: 0, at: at(0) })
    const [issue, revoke] = jobs.due(at(0))
    jobs.startTry(issue!.id)
    jobs.startTry(revoke!.id)
    // What a kiosk restarted after a crash in the middle of these tries finds:
    expect(jobs.due(at(0)).map((job) => [job.kind, job.attempts, job.createUnanswered])).toEqual([
      ['issue', 1, true],
      ['revoke', 1, false],
    ])
    jobs.postpone(issue!.id, at(0), 'Kisi is having problems right now.', false)
    expect(jobs.due(at(0))[0]).toMatchObject({ attempts: 1, createUnanswered: false })
    jobs.startTry(issue!.id)
    jobs.postpone(issue!.id, at(0), 'Kisi did not answer in time.', true)
    expect(jobs.due(at(0))[0]).toMatchObject({ attempts: 2, createUnanswered: true })
  })

  it('upgrades an outbox of an older kiosk: its jobs stay, sweeps are taken, and no id is handed out twice', () => {
    const path = join(tempDirectory(), 'older.db')
    const older = SqliteDatabase.open(path, migrations.filter((step) => step.version < 5))
    const columns = Object.keys(sampleVisitRow)
    older.run(`INSERT INTO visits (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`, Object.values(sampleVisitRow))
    const insertJob = (kind: string) =>
      older.run('INSERT INTO link_jobs (visit_id, kind, link_generation, next_attempt_at, created_at) VALUES (?, ?, 1, ?, ?)', [visitId, kind, at(0), at(0)])
    for (const kind of ['issue', 'revoke', 'revoke-all']) insertJob(kind)
    const last = older.get('SELECT max(id) AS id FROM link_jobs', z.object({ id: z.number() }))!
    older.run('DELETE FROM link_jobs WHERE id = ?', [last.id])
    expect(() => insertJob('sweep')).toThrow(/CHECK constraint/)
    older.close()

    const upgraded = SqliteDatabase.open(path, migrations)
    const jobs = new LinkJobs(upgraded)
    expect(jobs.due(at(0)).map((job) => [job.kind, job.createUnanswered])).toEqual([
      ['issue', false],
      ['revoke', false],
    ])
    jobs.enqueue({ visitId, kind: 'sweep', generation: 1, linkId: 7, at: at(0) })
    const sweep = jobs.due(at(0)).at(-1)!
    expect(sweep).toMatchObject({ kind: 'sweep', linkId: 7 })
    expect(sweep.id).toBeGreaterThan(last.id)
    expect(upgraded.get("SELECT count(*) AS n FROM sqlite_master WHERE name = 'link_jobs_due'", z.object({ n: z.number() }))).toEqual({ n: 1 })
    upgraded.close()
  })
})
