import { failedBecause } from '@shared/errors'
import type { KisiConnection } from '../kisi/kisi-connection'
import { KisiError } from '../kisi/kisi-error'
import type { KisiEventSet } from '../kisi/kisi-event-schemas'
import { sleep } from '../kisi/rate-limiter'
import type { Clock } from '../ports'
import { kisiIntervalTime, type EventSyncWindow } from './event-sync-window'
import { kisiEventRowOf, type KisiEventRow } from './kisi-event-row'
import type { KisiEventStore, StoredEventSet } from './kisi-event-store'

export interface EventWindowReading {
  /** Events per page; Kisi's default is 50, the sandbox serves at most 250. */
  pageSize: number
  /** How often a set Kisi is still putting together is asked for again. */
  pollIntervalMs: number
  /** How long Kisi may take to put a set together before this sync gives up (real time). */
  maxWaitMs: number
}

export const defaultEventWindowReading: EventWindowReading = { pageSize: 250, pollIntervalMs: 500, maxWaitMs: 60_000 }

/** Kisi keeps a set for about 24 hours; one older than this is made again rather than read. */
const setLifetimeMs = 20 * 60 * 60 * 1000

export interface WindowReadResult {
  pages: number
  /** Events stored for the first time. */
  added: number
  /** Events of other places that Kisi sent although the set was for this place. */
  skipped: number
}

/**
 * Reads one window of a place's Kisi events into the store: makes (or resumes) the event set,
 * waits while Kisi puts it together, then pages by cursor, storing each page with its cursor.
 */
export class EventWindowReader {
  readonly #store: KisiEventStore
  readonly #connection: KisiConnection
  readonly #clock: Clock
  readonly #reading: EventWindowReading

  constructor(store: KisiEventStore, connection: KisiConnection, clock: Clock, reading: EventWindowReading) {
    this.#store = store
    this.#connection = connection
    this.#clock = clock
    this.#reading = reading
  }

  async read(placeId: number, window: EventSyncWindow & { set: StoredEventSet | null }, signal: AbortSignal): Promise<WindowReadResult> {
    const result: WindowReadResult = { pages: 0, added: 0, skipped: 0 }
    let set = window.set !== null && this.#fresh(window.set) ? window.set : null
    let madeHere = false
    for (;;) {
      if (set === null) {
        set = await this.#createSet(placeId, window, signal)
        madeHere = true
      }
      const page = await this.#readPage(set, signal)
      if (page === 'forgotten') {
        // Kisi dropped the set (it keeps them for about a day): the window is read from a new one;
        // events already stored are not stored twice. A set made moments ago that is gone is no blip.
        if (madeHere) throw failedBecause('kisi_unreachable', 'accessLogSetFailed', {}, `Kisi lost event set ${set.id} just after making it`)
        this.#store.forgetSet(placeId)
        set = null
        continue
      }
      if (page.status === 'failed') {
        // A failed set stays failed: the next sync asks for a new one.
        this.#store.forgetSet(placeId)
        throw failedBecause('kisi_unreachable', 'accessLogSetFailed', {}, `Kisi could not put event set ${set.id} together`)
      }
      const rows = (page.events ?? []).map((event) => kisiEventRowOf(event, placeId)).filter((row): row is KisiEventRow => row !== null)
      const cursor = page.cursor ?? null
      result.added += this.#store.savePage(placeId, rows, cursor)
      result.skipped += (page.events?.length ?? 0) - rows.length
      result.pages += 1
      if (cursor === null) return result
      set = { ...set, cursor }
    }
  }

  #fresh(set: StoredEventSet): boolean {
    return this.#clock.now().getTime() - Date.parse(set.createdAt) < setLifetimeMs
  }

  async #createSet(placeId: number, window: EventSyncWindow, signal: AbortSignal): Promise<StoredEventSet> {
    const created = await this.#connection.use((client) =>
      // Only this place's events (the set is place-scoped); each event's place is checked again when stored.
      client.events.createSet({ from: kisiIntervalTime(window.from), until: kisiIntervalTime(window.until), placeId }, signal),
    )
    // The answer's own first page is in Kisi's default size; pages are read in the kiosk's from the start.
    const set = { id: created.id, createdAt: this.#clock.now().toISOString(), cursor: null }
    this.#store.rememberSet(placeId, set)
    return set
  }

  /** The page at the set's cursor once Kisi has finished (or failed) the set; 'forgotten' when Kisi no longer has it. */
  async #readPage(set: StoredEventSet, signal: AbortSignal): Promise<KisiEventSet | 'forgotten'> {
    const started = Date.now()
    for (;;) {
      let page: KisiEventSet
      try {
        page = await this.#connection.use((client) => client.events.readSet(set.id, this.#reading.pageSize, set.cursor, signal))
      } catch (error) {
        if (error instanceof KisiError && error.status === 404) return 'forgotten'
        throw error
      }
      if (page.status !== 'in_progress') return page
      if (Date.now() - started > this.#reading.maxWaitMs) {
        const seconds = Math.round(this.#reading.maxWaitMs / 1000)
        throw failedBecause('kisi_unreachable', 'accessLogSetSlow', { seconds }, `Kisi did not finish event set ${set.id} within ${seconds} s`)
      }
      await sleep(this.#reading.pollIntervalMs, signal)
    }
  }
}
