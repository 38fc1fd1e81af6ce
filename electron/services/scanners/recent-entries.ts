/**
 * The last `capacity` entries pushed, oldest first: a ring, so whatever pours in, memory stays at
 * `capacity` entries and a push costs the same however full it is.
 */
export class RecentEntries<T> {
  readonly #slots: (T | undefined)[]
  #next = 0
  #count = 0

  constructor(readonly capacity: number) {
    this.#slots = new Array<T | undefined>(capacity)
  }

  push(entry: T): void {
    this.#slots[this.#next] = entry
    this.#next = (this.#next + 1) % this.capacity
    this.#count = Math.min(this.#count + 1, this.capacity)
  }

  toArray(): T[] {
    const first = (this.#next - this.#count + this.capacity) % this.capacity
    return Array.from({ length: this.#count }, (_, offset) => this.#slots[(first + offset) % this.capacity] as T)
  }
}
