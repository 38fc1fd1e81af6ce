import { performance } from 'node:perf_hooks'
import { bench, describe } from 'vitest'
import { csvTable } from '@shared/domain/access-log/csv-table'
import { accessLogRows, accessLogWords } from '@renderer/words/access-log-rows'
import { manyAccessLogLines } from '../fixtures/access-log-lines'

/**
 * The CSV export of a day of 100 000 lines, as the console's "Export CSV" does it: words for every
 * line, then the file's text (quoting and formula neutralising included). The Blob and the save
 * dialog that follow are the browser's and the OS's work, not measured here.
 */
const day = '2025-06-12'
const lines = manyAccessLogLines(100_000, day)

function exportDay(): string {
  return csvTable(accessLogRows(lines, accessLogWords(), { day, time: 'date-time' }))
}

const startedAt = performance.now()
const text = exportDay()
process.stdout.write(
  `\nCSV export of ${lines.length} access log lines: ${(performance.now() - startedAt).toFixed(0)} ms (first run), ` +
    `${(new TextEncoder().encode(text).byteLength / 1_048_576).toFixed(1)} MB\n\n`,
)

describe('access log export', () => {
  bench('100 000 lines to CSV text', () => void exportDay(), { iterations: 5, warmupIterations: 1 })
})
