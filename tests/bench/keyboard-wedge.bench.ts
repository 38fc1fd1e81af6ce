import { performance } from 'node:perf_hooks'
import { bench, describe } from 'vitest'
import { defaultKeyboardReading } from '@shared/schemas/keyboard-reading'
import { createMainKeyboardWedge } from '../../electron/main/main-keyboard-wedge'
import type { WedgeInput } from '../../electron/main/wedge-replay'

/**
 * The keyboard-wedge path in Electron's main process: a card typed at 30 ms a key, from the Enter
 * key's before-input-event to the scan it yields, with the classifier, the reading's output format
 * and the repeat filter. Target as for the HID path: p95 < 5 ms (issue 11).
 */
let clockMs = Date.parse('2026-12-03T09:00:00.000Z')
const wedge = createMainKeyboardWedge({ setting: defaultKeyboardReading, active: () => true, takes: () => 'cards' })
const keyDown = (code: string, key: string): WedgeInput => ({ type: 'keyDown', code, key, shift: false, control: false, alt: false, meta: false, isAutoRepeat: false, atMs: clockMs })

/** One card: its digits 30 ms apart, then Enter; answers the time Enter took to become a scan. */
function scanOnce(cardNumber: number): number {
  for (const digit of String(cardNumber)) {
    clockMs += 30
    wedge.input(keyDown(`Digit${digit}`, digit))
  }
  clockMs += 30
  const startedAt = performance.now()
  const decision = wedge.input(keyDown('Enter', 'Enter'))
  const latency = performance.now() - startedAt
  if (!decision.actions.some((action) => action.kind === 'scan')) throw new Error(`card ${cardNumber} was not read as a scan`)
  // Past the repeat window, so every round is a new scan.
  clockMs += 2_500
  return latency
}

const percentile = (values: number[], fraction: number): number => {
  const sorted = [...values].sort((first, second) => first - second)
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? Number.NaN
}
const samples = Array.from({ length: 5_000 }, (_, index) => scanOnce(10_000 + (index % 50_000)))
process.stdout.write(
  `\nEnter key → scan in Electron's main-process wedge (${samples.length} cards at 30 ms a key): ` +
    `p50 ${percentile(samples, 0.5).toFixed(3)} ms, p95 ${percentile(samples, 0.95).toFixed(3)} ms, max ${percentile(samples, 1).toFixed(3)} ms (target p95 < 5 ms)\n\n`,
)

describe('keyboard wedge in main', () => {
  let round = 0
  bench('card typed at 30 ms a key through before-input-event decisions (6 keys)', () => {
    round += 1
    scanOnce(10_000 + (round % 50_000))
  })
})
