/**
 * How a key the main-process wedge held back is sent again with `webContents.sendInputEvent`, and
 * how it is known when it comes back through `before-input-event`.
 */

/** The fields of Electron's before-input-event `Input` the wedge reads, stamped on arrival (ms). */
export interface WedgeInput {
  /** `keyDown`, `keyUp` or `char`. */
  type: string
  key: string
  code: string
  shift: boolean
  control: boolean
  alt: boolean
  meta: boolean
  isAutoRepeat: boolean
  atMs: number
}

export type ReplayModifier = 'shift' | 'control' | 'alt' | 'meta'

/**
 * A key to send again: its keyDown by `keyCode` (an Electron accelerator key name), then, for a key
 * that types, a `char` event with what it types, since Chromium types and submits forms on the char
 * (electron/electron#3072); `\r` for Enter, which a char named "Enter" would type as text (#24279).
 * Its keyUp is not sent: the real one follows when the key is let go.
 */
export interface ReplayedKey {
  keyCode: string
  modifiers: ReplayModifier[]
  char: string | null
}

/** DOM key names whose accelerator names differ; other named keys pass as they are if listed below. */
const acceleratorNames: Record<string, string> = { ArrowUp: 'Up', ArrowDown: 'Down', ArrowLeft: 'Left', ArrowRight: 'Right', ' ': 'Space', '+': 'Plus' }
const namedKeys = new Set(['Enter', 'Tab', 'Backspace', 'Delete', 'Insert', 'Home', 'End', 'PageUp', 'PageDown', 'Escape'])

/** The accelerator name to send a key by, or null for a key that cannot be sent (a media key, `Clear`). */
export function replayKeyCodeOf(key: string): string | null {
  const renamed = acceleratorNames[key]
  if (renamed) return renamed
  if (key.length === 1 || namedKeys.has(key) || /^F([1-9]|1\d|2[0-4])$/.test(key)) return key
  return null
}

/** How to send this key again, or null when it cannot be. */
export function replayOf(input: WedgeInput): ReplayedKey | null {
  const keyCode = replayKeyCodeOf(input.key)
  if (keyCode === null) return null
  const flags: [boolean, ReplayModifier][] = [[input.shift, 'shift'], [input.control, 'control'], [input.alt, 'alt'], [input.meta, 'meta']]
  // A shortcut types nothing (Ctrl+V pastes on its keyDown); Ctrl+Alt together is AltGr on Windows, which types.
  const types = !input.meta && input.control === input.alt
  const char = !types ? null : input.key.length === 1 ? input.key : input.key === 'Enter' ? '\r' : null
  return { keyCode, modifiers: flags.filter(([on]) => on).map(([, name]) => name), char }
}

/** How long a replayed key may take to come back before it is no longer waited for. */
const replayPatienceMs = 1_000

/**
 * The replayed keys on their way back. A key that comes back passes untouched; one that never comes
 * back (an input Electron does not report) is forgotten, and a key that came back unrecognised is
 * read as a fresh key, which with nothing held passes anyway.
 */
export class ReplaysInFlight {
  #waiting: { type: string; key: string; atMs: number }[] = []

  sent(input: WedgeInput, replay: ReplayedKey): void {
    this.#waiting.push({ type: 'keyDown', key: input.key, atMs: input.atMs })
    if (replay.char !== null) this.#waiting.push({ type: 'char', key: replay.char === '\r' ? 'Enter' : replay.char, atMs: input.atMs })
  }

  /** Whether this input is one of ours coming back; it is waited for no longer. */
  cameBack(input: WedgeInput): boolean {
    this.#waiting = this.#waiting.filter((waiting) => input.atMs - waiting.atMs <= replayPatienceMs)
    const index = this.#waiting.findIndex((waiting) => waiting.type === input.type && waiting.key === input.key)
    if (index < 0) return false
    this.#waiting.splice(index, 1)
    return true
  }
}
