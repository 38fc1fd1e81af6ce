import { classifyKeyBursts, type TimedKey, type TypingReason } from '@shared/domain/scanning/keyboard-burst-classifier'
import { meaningOfKey } from '@shared/domain/scanning/key-positions'
import { detectLayoutProblems, type LayoutProblem } from '@shared/domain/scanning/layout-problem'
import { decodeReaderValue, stripFraming, type ReaderValue } from '@shared/domain/scanning/reader-value'
import type { ScanDecodeResult } from '@shared/domain/scanning/scan-decode-result'
import type { ReaderOutputSetting } from '@shared/schemas/scan'

/**
 * A pause this long ends a test line that has no Enter: longer than any idle limit a reader needs
 * (keyboardTimingSchema's `prefixedIdleResetMs` tops out at 10 s only for prefixed readers, which end in Enter).
 */
export const captureLinePauseMs = 2_000

export interface KeyTimings {
  /** The gaps between one key and the next, in milliseconds, in order. */
  gapsMs: number[]
  minMs: number
  medianMs: number
  maxMs: number
}

/** One test line (the keys up to Enter or Tab, or up to a pause) as the set-up page explains it. */
export interface KeyLineReadout {
  /** When its first key came, on the capture's clock; tells lines apart. */
  startedAtMs: number
  /** What the computer's layout made of the keys, as a form field would show them. */
  arrived: string
  /** Null for a single key. */
  timings: KeyTimings | null
  /** How the keyboard reading takes it now: a scan, or a person typing and why. */
  verdict: { kind: 'scan' } | { kind: 'typing'; reason: TypingReason }
  layoutProblems: LayoutProblem[]
  /** The value read by key position with the framing off (a sample for auto-detect); null when the framing does not match. */
  value: string | null
  /** That value decoded with the reading's output format; null when there is no value. */
  decoded: ScanDecodeResult<ReaderValue> | null
}

const endsLine = (key: TimedKey): boolean => meaningOfKey(key.code, key.shift).kind === 'terminator'

/** Splits recorded keys into lines; the last one is left out while it may still be going on at `nowMs`. */
export function splitKeyLines(keys: readonly TimedKey[], nowMs: number): TimedKey[][] {
  const lines: TimedKey[][] = []
  let line: TimedKey[] = []
  for (const key of keys) {
    const last = line.at(-1)
    if (last && key.atMs - last.atMs > captureLinePauseMs) {
      lines.push(line)
      line = []
    }
    line.push(key)
    if (endsLine(key)) {
      lines.push(line)
      line = []
    }
  }
  const last = line.at(-1)
  if (last && nowMs - last.atMs > captureLinePauseMs) lines.push(line)
  return lines
}

export function keyTimings(keys: readonly TimedKey[]): KeyTimings | null {
  const gapsMs = keys.slice(1).map((key, index) => Math.round(key.atMs - (keys[index]?.atMs ?? key.atMs)))
  if (gapsMs.length === 0) return null
  const sorted = [...gapsMs].sort((first, second) => first - second)
  const middle = Math.floor(sorted.length / 2)
  const medianMs = sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : Math.round(((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2)
  return { gapsMs, minMs: sorted[0] ?? 0, medianMs, maxMs: sorted.at(-1) ?? 0 }
}

/**
 * Reads one line as the kiosk would with the keyboard reading: the classifier over the whole line (one
 * scan, or typing with the first reason it gave), the layout check, and the value decoded by key position.
 */
export function readKeyLine(keys: readonly TimedKey[], setting: ReaderOutputSetting): KeyLineReadout {
  const outcomes = classifyKeyBursts(keys, { timing: setting.timing, framing: setting.framing })
  const typing = outcomes.find((outcome) => outcome.kind === 'typing')
  const tokens = keys.flatMap((key) => {
    const meaning = meaningOfKey(key.code, key.shift)
    return meaning.kind === 'character' || meaning.kind === 'function' ? [meaning.token] : []
  })
  const framed = stripFraming(tokens, setting.framing)
  const value = framed.ok && framed.value !== '' ? framed.value : null
  return {
    startedAtMs: keys[0]?.atMs ?? 0,
    arrived: keys.map((key) => (key.key !== undefined && key.key.length === 1 ? key.key : '')).join(''),
    timings: keyTimings(keys),
    verdict: typing?.kind === 'typing' ? { kind: 'typing', reason: typing.reason } : outcomes.length === 1 ? { kind: 'scan' } : { kind: 'typing', reason: 'too-short' },
    layoutProblems: detectLayoutProblems(keys),
    value,
    decoded: value === null ? (framed.ok ? null : framed) : decodeReaderValue(value, setting.format),
  }
}
