import { performance } from 'node:perf_hooks'
import { bench, describe } from 'vitest'
import { createBootKeyboardDecoder } from '../../shared/domain/scanning/boot-keyboard-decoder'
import { parseHidPosReport } from '../../shared/domain/scanning/hid-pos-report'
import { classifyKeyBursts } from '../../shared/domain/scanning/keyboard-burst-classifier'
import { decodeReaderLine, decodeReaderValue } from '../../shared/domain/scanning/reader-value'
import { keyboardTimingSchema, readerOutputSettingSchema, type ReaderOutputFormat } from '../../shared/schemas/scan'
import { bootReport, every, pressAndRelease, typedAt } from '../fixtures/scan-input'

/**
 * What decoding costs per scan on each path: a reader's boot reports to a line, a HID POS report,
 * a whole Wiegand frame with its parity, FC:CN, and a keyboard burst classified. The target for the
 * whole path (last report to the renderer's event) is p95 < 5 ms; decoding must be a small part of it.
 */
const cardReports = [...[0x27, 0x21, 0x1f].flatMap((usage) => pressAndRelease(usage)), bootReport(0x02, 0x33), ...[0x1e, 0x1f, 0x20, 0x21, 0x22, 0x28].flatMap((usage) => pressAndRelease(usage))]
const posReport = new Uint8Array(64)
posReport.set([0x02, 0x0d, 0x5d, 0x45, 0x30, ...[...'3046920029759'].map((character) => character.charCodeAt(0))])
const h10301Hex: ReaderOutputFormat = { kind: 'wiegand-frame', encoding: 'hex', format: 'h10301' }
const h10304Decimal: ReaderOutputFormat = { kind: 'wiegand-frame', encoding: 'decimal', format: 'h10304' }
const fcColon = readerOutputSettingSchema.parse({ format: { kind: 'facility-and-card', separator: ':', cardFormat: 'h10301' } })
const burstOptions = { timing: keyboardTimingSchema.parse({}), framing: { prefix: [], suffix: [] } }
const pcProxBurst = typedAt('042:12345⏎', every(40, 10))

function decodeCardFromReports(): void {
  const decoder = createBootKeyboardDecoder({ reportId: null, acceptTab: false, idleTimeoutMs: 250, maxLineLength: 64 })
  for (const [index, report] of cardReports.entries()) {
    for (const outcome of decoder.push(report, index * 20)) if (outcome.kind === 'line') decodeReaderLine(outcome.tokens, fcColon)
  }
}

/** A plain-number summary, so the throughput reads without the table's units. */
function perSecond(work: () => void, rounds: number): number {
  const started = performance.now()
  for (let round = 0; round < rounds; round += 1) work()
  return rounds / ((performance.now() - started) / 1000)
}
const lastReportToValue: number[] = []
for (let round = 0; round < 2_000; round += 1) {
  const decoder = createBootKeyboardDecoder({ reportId: null, acceptTab: false, idleTimeoutMs: 250, maxLineLength: 64 })
  cardReports.slice(0, -2).forEach((report, index) => decoder.push(report, index * 20))
  const started = performance.now()
  for (const outcome of decoder.push(bootReport(0, 0x28), 1_000)) if (outcome.kind === 'line') decodeReaderLine(outcome.tokens, fcColon)
  lastReportToValue.push(performance.now() - started)
}
lastReportToValue.sort((first, second) => first - second)
process.stdout.write(
  `\nScan decoding: ${perSecond(decodeCardFromReports, 5_000).toFixed(0)} cards/s from boot reports (19 reports each), ` +
    `${perSecond(() => decodeReaderValue('2546073', h10301Hex), 50_000).toFixed(0)} H10301 frames/s, ` +
    `${perSecond(() => classifyKeyBursts(pcProxBurst, burstOptions), 20_000).toFixed(0)} keyboard bursts/s; ` +
    `last report to decoded value p95 ${(lastReportToValue[Math.floor(lastReportToValue.length * 0.95)] ?? 0).toFixed(4)} ms\n\n`,
)

describe('scan decoding', () => {
  bench('FC:CN card from 19 boot keyboard reports', decodeCardFromReports)
  bench('HID POS barcode report', () => void parseHidPosReport(posReport))
  bench('H10301 frame from hex, parity checked', () => void decodeReaderValue('2546073', h10301Hex))
  bench('H10304 frame from decimal, parity checked', () => void decodeReaderValue('12944917633', h10304Decimal))
  bench('keyboard burst classified (pcProx, 10 keys)', () => void classifyKeyBursts(pcProxBurst, burstOptions))
})
