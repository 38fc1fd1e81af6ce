import { createKeyboardBurstClassifier, type BurstOutcome, type KeyboardBurstClassifier, type TimedKey } from '@shared/domain/scanning/keyboard-burst-classifier'
import { inviteCodeIn } from '@shared/domain/invite-code'
import { passSecretIn } from '@shared/domain/pass-address'
import { keyboardReaderId, keyboardScanEvent } from '@shared/domain/scanning/keyboard-scan-event'
import { meaningOfKey, modifierKeyCodes } from '@shared/domain/scanning/key-positions'
import { ScanRepeatFilter } from '@shared/domain/scanning/scan-repeat-filter'
import type { ScanTakes } from '@shared/schemas/keyboard-reading'
import type { ReaderOutputSetting, ScanEvent } from '@shared/schemas/scan'
import { replayOf, ReplaysInFlight, type ReplayedKey, type WedgeInput } from './wedge-replay'

/** What the window does besides letting the key through or not: give text back, send a key again, emit a scan. */
export type WedgeAction = { kind: 'insertText'; text: string } | { kind: 'replayKey'; key: ReplayedKey } | { kind: 'scan'; event: ScanEvent }

export interface WedgeDecision {
  /** Keep this input from the page (`event.preventDefault()`). */
  prevent: boolean
  /** To carry out in order, after deciding. */
  actions: WedgeAction[]
  /** Call `expire` this many ms from now, while characters are held; null when none are. */
  recheckInMs: number | null
}

export interface MainKeyboardWedgeOptions {
  /** The keyboard reading setting as it is now; a change starts a fresh burst. */
  setting: () => ReaderOutputSetting
  /** The screen shown takes scans (setKeyboardCapture) and the kiosk window has focus. */
  active: () => boolean
  /** What the screen shown takes; a burst it has no use for is typing, given back to the page. */
  takes?: () => ScanTakes
  /** Where visitor passes' web addresses start (for a screen that takes passes). */
  linkBase?: () => string
  repeatWindowMs?: number
}

export interface MainKeyboardWedge {
  input(input: WedgeInput): WedgeDecision
  /** Settles a burst gone quiet (a person stopped typing), and gives all back once capture is off. */
  expire(atMs: number): WedgeDecision
}

/**
 * The keyboard-wedge path in Electron's main process, as pure decisions over before-input-event
 * inputs. As in the renderer's wedge (renderer/src/composables/keyboard-wedge.ts), a character is held
 * back while its burst may still be a scan: a scan's keys never reach the page, typing is given back
 * in order. Given-back text is inserted asynchronously, so a key that ends a typing burst is held too
 * and sent again after the text, to land behind it; it is let through when it comes back.
 */
export function createMainKeyboardWedge(options: MainKeyboardWedgeOptions): MainKeyboardWedge {
  const repeats = new ScanRepeatFilter(options.repeatWindowMs)
  const replays = new ReplaysInFlight()
  /** Held keys with the input they came as, in order of arrival. */
  const held = new Map<TimedKey, WedgeInput>()
  /** Codes whose keyDown the page never saw: their char never goes through; their keyUp neither when `all`. */
  const kept = new Map<string, 'all' | 'char'>()
  const takes = options.takes ?? (() => 'anything')
  const linkBase = options.linkBase ?? (() => '')
  let setting = options.setting()
  let madeFor = readingKey(setting, takes())
  let classifier = classifierFor(setting, takes())

  function classifierFor(current: ReaderOutputSetting, screenTakes: ScanTakes): KeyboardBurstClassifier {
    const { timing, framing, format } = current
    const accepts = (value: string): boolean => {
      const scan = keyboardScanEvent(value, format, new Date(0))
      if (!scan.ok) return false
      if (screenTakes === 'cards') return scan.value.decoded.kind === 'card'
      if (screenTakes === 'passes') return passSecretIn(value, linkBase()) !== null
      if (screenTakes === 'invites') return inviteCodeIn(value) !== null
      return true
    }
    return createKeyboardBurstClassifier({ timing, framing, accepts })
  }

  function decision(prevent: boolean, actions: WedgeAction[]): WedgeDecision {
    return { prevent, actions, recheckInMs: held.size > 0 ? setting.timing.idleResetMs + 1 : null }
  }

  /**
   * Held keys back to the page in order: characters as text, other keys (a keypad with NumLock off
   * types `End`, `ArrowDown`…) sent again; one that cannot be sent (`Clear`) did nothing in a field anyway.
   */
  function giveBack(keys: Iterable<TimedKey>, actions: WedgeAction[]): void {
    for (const key of [...keys]) {
      const input = held.get(key)
      if (!input) continue
      held.delete(key)
      const last = actions.at(-1)
      if (input.key.length === 1 && last?.kind === 'insertText') last.text += input.key
      else if (input.key.length === 1) actions.push({ kind: 'insertText', text: input.key })
      else sendAgain(input, actions)
    }
  }

  function sendAgain(input: WedgeInput, actions: WedgeAction[]): boolean {
    const replay = replayOf(input)
    if (replay) {
      replays.sent(input, replay)
      actions.push({ kind: 'replayKey', key: replay })
    }
    return replay !== null
  }

  /** Settles classified bursts; true when the key just pressed belonged to a scan. */
  function settle(outcomes: BurstOutcome[], actions: WedgeAction[], pressed?: TimedKey): boolean {
    let taken = false
    for (const outcome of outcomes) {
      if (outcome.kind === 'typing') {
        giveBack(outcome.keys, actions)
        continue
      }
      for (const key of outcome.keys) held.delete(key)
      taken ||= pressed !== undefined && outcome.keys.includes(pressed)
      const atMs = outcome.keys.at(-1)?.atMs ?? 0
      const scan = keyboardScanEvent(outcome.value, setting.format, new Date(atMs))
      if (scan.ok && repeats.isNew(keyboardReaderId, scan.value.raw, atMs)) actions.push({ kind: 'scan', event: scan.value })
    }
    return taken
  }

  function giveBackAll(actions: WedgeAction[]): void {
    settle(classifier.expire(Number.POSITIVE_INFINITY), actions)
    giveBack(held.keys(), actions)
  }

  /** A manager's new setting reads from the next key on; what was held under the old one is given back. */
  function followSetting(actions: WedgeAction[]): void {
    const current = options.setting()
    const screenTakes = takes()
    const made = readingKey(current, screenTakes)
    if (made === madeFor) return
    giveBackAll(actions)
    setting = current
    madeFor = made
    classifier = classifierFor(current, screenTakes)
    repeats.forget(keyboardReaderId)
  }

  /** A key that must land after text given back just now is sent again; one that cannot be goes on as it is. */
  function after(input: WedgeInput, actions: WedgeAction[]): WedgeDecision {
    if (actions.length === 0 || !sendAgain(input, actions)) return decision(false, actions)
    kept.set(input.code, 'char')
    return decision(true, actions)
  }

  /** Characters by position (keypad digits too, whatever NumLock says); a space alone presses a focused button. */
  function holdable(input: WedgeInput): boolean {
    return meaningOfKey(input.code, input.shift).kind === 'character' && !(input.key === ' ' && held.size === 0)
  }

  function keyDown(input: WedgeInput): WedgeDecision {
    const actions: WedgeAction[] = []
    followSetting(actions)
    // Shortcuts, dead keys and IME input are never a reader's: what waited is given back, then they go on.
    if (!options.active() || input.control || input.alt || input.meta || input.key === 'Dead' || input.key === 'Process' || input.code === '') {
      giveBackAll(actions)
      return after(input, actions)
    }
    const key: TimedKey = { code: input.code, key: input.key, shift: input.shift, atMs: input.atMs, repeat: input.isAutoRepeat }
    const outcomes = classifier.push(key)
    if (settle(outcomes, actions, key)) {
      kept.set(input.code, 'all')
      return decision(true, actions)
    }
    if (modifierKeyCodes.has(input.code)) return decision(false, actions)
    if (outcomes.some((outcome) => outcome.keys.includes(key))) return after(input, actions)
    if (!holdable(input)) {
      giveBack(held.keys(), actions)
      return after(input, actions)
    }
    held.set(key, input)
    kept.set(input.code, 'all')
    return decision(true, actions)
  }

  return {
    input(input) {
      if (replays.cameBack(input)) return decision(false, [])
      if (input.type === 'keyDown') return keyDown(input)
      const keptAs = kept.get(input.code)
      if (input.type === 'keyUp') kept.delete(input.code)
      return decision(input.type === 'char' ? keptAs !== undefined : keptAs === 'all', [])
    },
    expire(atMs) {
      const actions: WedgeAction[] = []
      if (options.active()) settle(classifier.expire(atMs), actions)
      else giveBackAll(actions)
      return decision(false, actions)
    },
  }
}

/** A burst is read afresh when the setting or what the screen takes changes. */
const readingKey = (setting: ReaderOutputSetting, takes: ScanTakes): string => JSON.stringify([setting, takes])
