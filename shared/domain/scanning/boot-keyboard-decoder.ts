import type { ScanDiagnostic } from '../../schemas/scan'
import { parseBootKeyboardReport } from './boot-keyboard-report'
import { keyCodeOfUsage, meaningOfKey, type LineTerminator } from './key-positions'

export interface BootKeyboardDecoderOptions {
  /** The report id of the keyboard collection, or null when its reports are not numbered. */
  reportId: number | null
  acceptTab: boolean
  /** A partial line with no report for this long is dropped (a reader never pauses mid-card). */
  idleTimeoutMs: number
  maxLineLength: number
}

/**
 * A finished line (its keys as framing tokens: characters, or function-key names such as `F12`),
 * or a problem. `simultaneousKeys`: two keys went down in one report, whose order HID leaves undefined.
 */
export type BootKeyboardOutcome =
  | { kind: 'line'; tokens: string[]; terminator: LineTerminator; simultaneousKeys: boolean }
  | { kind: 'problem'; diagnostic: ScanDiagnostic }

export interface BootKeyboardDecoder {
  push(report: Uint8Array, atMs: number): BootKeyboardOutcome[]
  /** Drops a partial line gone idle; call from a timer, since a reader that stops mid-card sends nothing more. */
  expire(atMs: number): BootKeyboardOutcome[]
}

/**
 * Turns boot keyboard reports into lines (research/hid.md §2.3, §2.5): a key counts once, when it
 * first appears in a report; Shift is read from that report; a phantom (rollover) report is ignored
 * and leaves the held keys as they were, so they are not pressed again when it clears.
 */
export function createBootKeyboardDecoder(options: BootKeyboardDecoderOptions): BootKeyboardDecoder {
  let held = new Set<number>()
  let tokens: string[] = []
  let simultaneousKeys = false
  let lastReportAt: number | null = null

  function resetLine(): void {
    tokens = []
    simultaneousKeys = false
  }

  function expire(atMs: number): BootKeyboardOutcome[] {
    if (lastReportAt === null || atMs - lastReportAt <= options.idleTimeoutMs) return []
    // A reader never holds a key through a silence: keys still down were let go unseen (it was unplugged
    // mid-key), and the same key in the next report is a new press.
    held = new Set()
    if (tokens.length === 0) return []
    const dropped = tokens.length
    resetLine()
    return [problem('line-dropped-idle', `${dropped} key(s) without a line end were dropped after ${options.idleTimeoutMs} ms of silence.`)]
  }

  function push(report: Uint8Array, atMs: number): BootKeyboardOutcome[] {
    const outcomes = expire(atMs)
    lastReportAt = atMs
    const parsed = parseBootKeyboardReport(report, options.reportId)
    if (!parsed.ok) return [...outcomes, { kind: 'problem', diagnostic: parsed.diagnostic }]
    const { keys, shift, phantom } = parsed.value
    if (phantom) return outcomes
    const pressed = keys.filter((usage) => !held.has(usage))
    held = new Set(keys)
    if (pressed.length > 1) simultaneousKeys = true
    for (const usage of pressed) {
      const meaning = meaningOfKey(keyCodeOfUsage(usage) ?? '', shift)
      if (meaning.kind === 'terminator' && (meaning.terminator === 'Enter' || options.acceptTab)) {
        outcomes.push({ kind: 'line', tokens, terminator: meaning.terminator, simultaneousKeys })
        resetLine()
      } else if (meaning.kind === 'character' || meaning.kind === 'function') {
        tokens.push(meaning.token)
      }
    }
    if (tokens.length > options.maxLineLength) {
      resetLine()
      outcomes.push(problem('line-too-long', `More than ${options.maxLineLength} keys without a line end; the keys were dropped.`))
    }
    return outcomes
  }

  return { push, expire }
}

function problem(kind: ScanDiagnostic['problem'], message: string): BootKeyboardOutcome {
  return { kind: 'problem', diagnostic: { problem: kind, message } }
}
