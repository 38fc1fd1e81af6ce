import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { format } from 'date-fns'
import { afterAll, bench, describe } from 'vitest'
import { VisitLinkEvents } from '../../electron/services/access-log/visit-link-events'
import { AccessLogDay } from '../../electron/services/access-log/access-log-day'
import { migrations } from '../../electron/services/database/migrations'
import { SqliteDatabase } from '../../electron/services/database/sqlite-database'
import { seedKisiEvents } from '../fixtures/access-log-seed'

/**
 * The local database behind the access log: its size per 100 000 Kisi events (issue 12 asks for the
 * figure), and how long the main side takes to answer a day of them — the first page a screen shows,
 * and the whole day in the pages the day view loads behind it.
 */
const directory = mkdtempSync(join(tmpdir(), 'frontdesk-log-bench-'))
const path = join(directory, 'kiosk.db')
const day = format(new Date(), 'yyyy-MM-dd')
const empty = SqliteDatabase.open(path, migrations)
empty.close()
const emptyBytes = statSync(path).size
const seeded = SqliteDatabase.open(path, migrations)
seedKisiEvents(seeded, { placeId: 1, day, count: 100_000 })
seeded.close()
const perHundredThousand = (statSync(path).size - emptyBytes) / 1_048_576

const database = SqliteDatabase.open(path, migrations)
const log = new AccessLogDay(database, () => 1, new VisitLinkEvents(database))
const timed = (work: () => void): number => {
  const startedAt = performance.now()
  work()
  return performance.now() - startedAt
}
const firstPage = timed(() => log.page(day, null, 300, 'manager'))
const wholeDay = timed(() => {
  let next = log.page(day, null, 10_000, 'manager').next
  while (next !== null) next = log.page(day, next, 10_000, 'manager').next
})
process.stdout.write(
  `\nAccess log database: ${perHundredThousand.toFixed(1)} MiB per 100 000 Kisi events (file after a checkpoint, indexes included)\n` +
    `accessLog.day over 100 000 events: first page of 300 in ${firstPage.toFixed(0)} ms, the whole day in pages of 10 000 in ${wholeDay.toFixed(0)} ms\n\n`,
)

describe('a day of 100 000 events from the local database', () => {
  bench('accessLog.day, the first 300 lines', () => {
    log.page(day, null, 300, 'manager')
  })
})

afterAll(() => {
  database.close()
  rmSync(directory, { recursive: true, force: true })
})
