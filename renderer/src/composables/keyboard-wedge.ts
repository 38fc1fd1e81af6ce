import { createKeyboardBurstClassifier, type BurstOutcome, type KeyboardBurstOptions, type TimedKey } from '@shared/domain/scanning/keyboard-burst-classifier'
import { modifierKeyCodes } from '@shared/domain/scanning/key-positions'
import { insertTypedText, textFieldOf, type TextField } from './text-field-insert'

export interface KeyboardWedgeOptions {
  burst: KeyboardBurstOptions
  /** Whether keys are read at all just now; while not, every key goes where it was typed. */
  enabled: () => boolean
  /** Takes a scan's value; `false` gives its keys back as typing (a screen that has no use for scans). */
  onScan: (value: string) => boolean
  /** Milliseconds on one clock for key arrival and the idle timer; injected by tests. */
  now?: () => number
}

/** A character kept from the page until its burst is classified, and the field it was typed at. */
interface HeldKey {
  field: TextField | null
  text: string
}

/**
 * The keyboard-wedge path in the renderer (the browser host has no `before-input-event`): keydown in
 * the capture phase, classified on physical codes. A burst cannot be told from typing until it ends, so
 * each character is held back from the page meanwhile; a scan's characters never reach the focused field,
 * and typing is written back in order, before the key that ended the burst takes its usual effect.
 * Returns the function that detaches it, giving back whatever is still held.
 */
export function attachKeyboardWedge(target: Document, options: KeyboardWedgeOptions): () => void {
  const now = options.now ?? (() => performance.now())
  const classifier = createKeyboardBurstClassifier(options.burst)
  const held = new Map<TimedKey, HeldKey>()
  const { idleResetMs } = options.burst.timing
  let idleTimer: ReturnType<typeof setTimeout> | undefined

  function giveBack(keys: Iterable<TimedKey>): void {
    for (const key of [...keys]) {
      const typed = held.get(key)
      if (!typed) continue
      held.delete(key)
      if (typed.field) insertTypedText(typed.field, typed.text)
    }
  }

  /** Settles classified bursts; true when the key just pressed belonged to a scan that was taken. */
  function settle(outcomes: BurstOutcome[], pressed?: TimedKey): boolean {
    let taken = false
    for (const outcome of outcomes) {
      if (outcome.kind === 'scan' && options.onScan(outcome.value)) {
        for (const key of outcome.keys) held.delete(key)
        taken ||= pressed !== undefined && outcome.keys.includes(pressed)
      } else {
        giveBack(outcome.keys)
      }
    }
    return taken
  }

  /** A person who stops typing sends no more keys: the last ones come back once the burst goes quiet. */
  function watchIdle(): void {
    clearTimeout(idleTimer)
    if (held.size === 0) return
    idleTimer = setTimeout(() => {
      settle(classifier.expire(now()))
      watchIdle()
    }, idleResetMs + 1)
  }

  function giveBackAll(): void {
    settle(classifier.expire(Number.POSITIVE_INFINITY))
    giveBack(held.keys())
  }

  function onKeydown(event: KeyboardEvent): void {
    // Shortcuts, composed and dead keys are never a reader's: whatever waited is typed before them.
    if (!options.enabled() || event.isComposing || event.ctrlKey || event.altKey || event.metaKey || event.key === 'Dead' || event.code === '') {
      giveBackAll()
      watchIdle()
      return
    }
    const key: TimedKey = { code: event.code, key: event.key, shift: event.shiftKey, atMs: now(), repeat: event.repeat }
    const outcomes = classifier.push(key)
    if (settle(outcomes, key)) {
      event.preventDefault()
      event.stopImmediatePropagation()
    } else if (!modifierKeyCodes.has(key.code) && !outcomes.some((outcome) => outcome.keys.includes(key))) {
      hold(event, key)
    }
    watchIdle()
  }

  /** A key still in an open burst: a character waits; anything else (a reader's F-key prefix) goes on, after what waited. */
  function hold(event: KeyboardEvent, key: TimedKey): void {
    const field = textFieldOf(target.activeElement)
    // Space on a focused button presses it; only a text field takes it as a character.
    if (event.key.length === 1 && (field !== null || event.key !== ' ')) {
      held.set(key, { field, text: event.key })
      event.preventDefault()
    } else {
      giveBack(held.keys())
    }
  }

  target.addEventListener('keydown', onKeydown, { capture: true })
  return () => {
    target.removeEventListener('keydown', onKeydown, { capture: true })
    clearTimeout(idleTimer)
    giveBackAll()
  }
}
