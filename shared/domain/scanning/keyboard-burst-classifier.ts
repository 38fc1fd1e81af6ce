import type { KeyboardTiming, ReaderFraming } from '../../schemas/scan'
import { meaningOfKey, modifierKeyCodes, type LineTerminator } from './key-positions'
import { stripFraming } from './reader-value'

/** One keyDown as either keyboard path sees it, stamped on arrival (Electron's input event has no time). */
export interface TimedKey {
  /** `KeyboardEvent.code`: the physical key, so the layout does not matter. */
  code: string
  /** `KeyboardEvent.key`, what the OS layout made of it; kept for the layout-problem detector. */
  key?: string
  shift: boolean
  atMs: number
  repeat?: boolean
}

export type TypingReason = 'slow-keys' | 'too-short' | 'too-long' | 'no-terminator' | 'other-key' | 'auto-repeat' | 'framing' | 'rejected-value'

/**
 * A scan (its keys with framing as tokens, and its value without), or keys a person typed, which
 * the caller passes on (or, on a screen without fields, drops): a person is never swallowed.
 */
export type BurstOutcome =
  | { kind: 'scan'; value: string; tokens: string[]; terminator: LineTerminator; keys: TimedKey[] }
  | { kind: 'typing'; reason: TypingReason; keys: TimedKey[] }

export interface KeyboardBurstOptions {
  timing: KeyboardTiming
  framing: ReaderFraming
  /** The reader's output format may refuse a value (letters from a card reader); such a burst is typing. */
  accepts?: (value: string) => boolean
}

export interface KeyboardBurstClassifier {
  push(key: TimedKey): BurstOutcome[]
  /** Gives up a burst gone quiet; call from a timer, since a person who stops typing sends nothing more. */
  expire(atMs: number): BurstOutcome[]
  /** Whether the keys held so far could still be a scan, so a caller may hold them back from a field. */
  looksLikeScan(): boolean
}

/**
 * Tells scans from typing (research/hid.md §5.4): a burst is a scan when every gap between its keys
 * is at most `maxGapMs`, it has the reader's prefix and suffix, its value's length is within bounds,
 * and it ends in Enter (or Tab, if allowed). With `prefixOverridesTiming` a prefixed burst is a scan
 * at any pace. Keys are read by position (`code`), so layouts and NumLock do not change the value.
 */
export function createKeyboardBurstClassifier(options: KeyboardBurstOptions): KeyboardBurstClassifier {
  const { timing, framing } = options
  let keys: TimedKey[] = []
  let tokens: string[] = []

  const prefixMatched = (): boolean => framing.prefix.length > 0 && framing.prefix.every((token, index) => tokens[index] === token)
  const prefixStillPossible = (): boolean => framing.prefix.every((token, index) => index >= tokens.length || tokens[index] === token)
  const timingWaived = (): boolean => timing.prefixOverridesTiming && prefixMatched()

  function close(reason: TypingReason, extra: TimedKey[] = []): BurstOutcome[] {
    const typed = [...keys, ...extra]
    keys = []
    tokens = []
    return typed.length === 0 ? [] : [{ kind: 'typing', reason, keys: typed }]
  }

  function expire(atMs: number): BurstOutcome[] {
    const last = keys.at(-1)
    const idleMs = timingWaived() ? timing.prefixedIdleResetMs : timing.idleResetMs
    return last && atMs - last.atMs > idleMs ? close('no-terminator') : []
  }

  function finish(key: TimedKey, terminator: LineTerminator): BurstOutcome[] {
    const value = stripFraming(tokens, framing)
    if (!value.ok) return close('framing', [key])
    if (value.value.length < timing.minLength) return close('too-short', [key])
    if (options.accepts && !options.accepts(value.value)) return close('rejected-value', [key])
    const scan: BurstOutcome = { kind: 'scan', value: value.value, tokens, terminator, keys: [...keys, key] }
    keys = []
    tokens = []
    return [scan]
  }

  function push(key: TimedKey): BurstOutcome[] {
    const outcomes = expire(key.atMs)
    if (modifierKeyCodes.has(key.code)) return outcomes
    const last = keys.at(-1)
    if (last && key.atMs - last.atMs > timing.maxGapMs && !timingWaived()) outcomes.push(...close('slow-keys'))
    const meaning = meaningOfKey(key.code, key.shift)
    if (key.repeat) return [...outcomes, ...close('auto-repeat', [key])]
    if (meaning.kind === 'terminator' && (meaning.terminator === 'Enter' || timing.acceptTab)) {
      return [...outcomes, ...(keys.length === 0 ? close('too-short', [key]) : finish(key, meaning.terminator))]
    }
    if (meaning.kind !== 'character' && meaning.kind !== 'function') return [...outcomes, ...close('other-key', [key])]
    keys.push(key)
    tokens.push(meaning.token)
    if (tokens.length > timing.maxLength + framing.prefix.length + framing.suffix.length) outcomes.push(...close('too-long'))
    return outcomes
  }

  return {
    push,
    expire,
    looksLikeScan: () => keys.length > 0 && prefixStillPossible(),
  }
}

/** Classifies a recorded run of keys (the set-up page's capture, the tests), ending idle at `endAtMs`. */
export function classifyKeyBursts(recorded: readonly TimedKey[], options: KeyboardBurstOptions, endAtMs = Number.POSITIVE_INFINITY): BurstOutcome[] {
  const classifier = createKeyboardBurstClassifier(options)
  return [...recorded.flatMap((key) => classifier.push(key)), ...classifier.expire(endAtMs)]
}
