/** Readers send a card again while it stays on the pad; the kiosk acts on it once (issue 11: ~2 s). */
export const scanRepeatWindowMs = 2_000

/**
 * Tells a new scan from the same value read again by the same reader within the window. Each
 * repeat restarts the window, so a card left on the reader is one scan, not one every two seconds.
 */
export class ScanRepeatFilter {
  readonly #last = new Map<string, { value: string; atMs: number }>()
  readonly #windowMs: number

  constructor(windowMs = scanRepeatWindowMs) {
    this.#windowMs = windowMs
  }

  /** True when this value is a new scan for this reader and should be acted on. */
  isNew(readerId: string, value: string, atMs: number): boolean {
    const last = this.#last.get(readerId)
    this.#last.set(readerId, { value, atMs })
    return !last || last.value !== value || atMs - last.atMs >= this.#windowMs || atMs < last.atMs
  }

  forget(readerId: string): void {
    this.#last.delete(readerId)
  }
}
