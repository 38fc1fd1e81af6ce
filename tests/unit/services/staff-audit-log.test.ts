import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { auditPageSize, StaffAuditLog } from '../../../electron/services/audit/staff-audit-log'
import { migrations } from '../../../electron/services/database/migrations'
import { SqliteDatabase } from '../../../electron/services/database/sqlite-database'
import { TestClock } from '../../fixtures/test-clock'
import { useTempDirectory } from '../../fixtures/temp-directory'

describe('StaffAuditLog', () => {
  const tempDirectory = useTempDirectory()

  function logWith(count: number) {
    const database = SqliteDatabase.open(join(tempDirectory(), 'kiosk.db'), migrations)
    const clock = new TestClock()
    const log = new StaffAuditLog(database, clock)
    for (let index = 0; index < count; index += 1) {
      log.record({ role: index % 2 ? 'manager' : 'reception', action: `action ${index}`, outcome: index % 10 === 0 ? 'failed' : 'succeeded' })
      clock.advance(1_000)
    }
    return { database, log }
  }

  it('pages newest first, with the total for the pager', () => {
    const { database, log } = logWith(auditPageSize + 5)
    const first = log.page(0, false)
    expect(first).toMatchObject({ page: 0, pageSize: auditPageSize, total: auditPageSize + 5 })
    expect(first.entries).toHaveLength(auditPageSize)
    expect(first.entries[0]).toEqual({ id: auditPageSize + 5, at: '2026-11-28T09:00:54.000Z', role: 'reception', action: 'action 54', outcome: 'succeeded', detail: '' })
    expect(log.page(1, false).entries.map((entry) => entry.action)).toEqual(['action 4', 'action 3', 'action 2', 'action 1', 'action 0'])
    expect(log.page(2, false).entries).toEqual([])
    database.close()
  })

  it('keeps only refused and failed actions when asked for problems', () => {
    const { database, log } = logWith(25)
    const problems = log.page(0, true)
    expect(problems.total).toBe(3)
    expect(problems.entries.map((entry) => entry.action)).toEqual(['action 20', 'action 10', 'action 0'])
    database.close()
  })

  it('leaves out a row that no longer fits, instead of failing the page', () => {
    const { database, log } = logWith(2)
    database.run("INSERT INTO staff_audit (at, role, action, outcome) VALUES ('yesterday', 'owner', 'edited by hand', 'succeeded')")
    expect(log.page(0, false).entries.map((entry) => entry.action)).toEqual(['action 1', 'action 0'])
    database.close()
  })
})
