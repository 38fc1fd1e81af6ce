import { AppError, failedBecause } from '@shared/errors'
import type { AccessLogSyncStatus } from '@shared/ipc/access-log-calls'
import type { KisiConnection } from '../kisi/kisi-connection'
import { KisiError, toAppError } from '../kisi/kisi-error'
import type { Clock, Logger } from '../ports'
import type { SettingsRepository } from '../settings/settings-repository'
import { eventSyncTarget, nextEventSyncWindow, type EventSyncWindowOptions } from './event-sync-window'
import { defaultEventWindowReading, EventWindowReader, type EventWindowReading } from './event-window-reader'
import type { EventSyncProblem, KisiEventStore } from './kisi-event-store'

/** How often the background copies Kisi's new events. */
export const accessLogSyncPeriodMs = 5 * 60_000

export interface AccessLogSyncDeps {
  store: KisiEventStore
  connection: KisiConnection
  settings: SettingsRepository
  clock: Clock
  logger: Logger
  /** Told whenever the status staff see changes. */
  changed: (status: AccessLogSyncStatus) => void
  reading?: Partial<EventWindowReading>
  window?: Partial<EventSyncWindowOptions>
}

const defaultWindowOptions: EventSyncWindowOptions = { overlapMs: 10 * 60_000, firstSyncMs: 90 * 24 * 60 * 60_000 }

function problemOf(error: unknown): EventSyncProblem {
  const known = error instanceof AppError ? error : error instanceof KisiError ? toAppError(error) : null
  return known?.reason ? { reason: known.reason, params: known.params } : { reason: 'accessLogSyncFailed', params: {} }
}

const cancelled = (error: unknown): boolean => error instanceof KisiError && error.code === 'cancelled'

/**
 * Copies Kisi's events of the kiosk's place into the local log: from where the last sync reached
 * (less a small overlap) up to now, one event-set window at a time. One sync runs at a time; a
 * sync asked for while one runs joins it.
 */
export class AccessLogSync {
  readonly #deps: AccessLogSyncDeps
  readonly #reader: EventWindowReader
  readonly #windowOptions: EventSyncWindowOptions
  #running: Promise<void> | null = null
  #abort: AbortController | null = null
  #lastAnnounced = ''

  constructor(deps: AccessLogSyncDeps) {
    this.#deps = deps
    this.#reader = new EventWindowReader(deps.store, deps.connection, deps.clock, { ...defaultEventWindowReading, ...deps.reading })
    this.#windowOptions = { ...defaultWindowOptions, ...deps.window }
  }

  status(): AccessLogSyncStatus {
    const running = this.#running !== null
    const place = this.#deps.settings.get().kisi.place
    if (place === null) return { lastSyncedAt: null, syncedUntil: null, running, behind: false, problem: { reason: 'kisiPlaceNotChosen', params: {} } }
    const state = this.#deps.store.syncState(place.id)
    const sinceSuccess = state.lastSuccessAt === null ? Infinity : this.#deps.clock.now().getTime() - Date.parse(state.lastSuccessAt)
    return { lastSyncedAt: state.lastSuccessAt, syncedUntil: state.syncedUntil, running, behind: sinceSuccess > 2 * accessLogSyncPeriodMs, problem: state.lastError }
  }

  /** Starts a sync unless one is running, and answers the status at once. */
  sync(): AccessLogSyncStatus {
    void this.run()
    return this.status()
  }

  /** A sync, to its end; the one already running, if any. Failures end up in the status, not here. */
  run(): Promise<void> {
    if (this.#running === null) {
      const abort = new AbortController()
      this.#abort = abort
      this.#running = this.#round(abort.signal).finally(() => {
        this.#running = null
        this.announce()
      })
      this.announce()
    }
    return this.#running
  }

  /** Cuts a running sync short; what it stored stays, and the next sync resumes from there. */
  async stop(): Promise<void> {
    this.#abort?.abort()
    await this.#running
  }

  /** Tells the listener the status, when it differs from what it was last told. */
  announce(): void {
    let status: AccessLogSyncStatus
    try {
      status = this.status()
    } catch (error) {
      // A damaged database is reported where it is met; a status nobody asked for must not crash the sync.
      this.#deps.logger.warn('The access log sync status could not be read', { error: error instanceof Error ? error.message : String(error) })
      return
    }
    const text = JSON.stringify(status)
    if (text === this.#lastAnnounced) return
    this.#lastAnnounced = text
    this.#deps.changed(status)
  }

  async #round(signal: AbortSignal): Promise<void> {
    const { store, clock, logger, connection } = this.#deps
    const place = this.#deps.settings.get().kisi.place
    if (place === null) return
    const target = eventSyncTarget(clock.now())
    const totals = { windows: 0, pages: 0, added: 0, skipped: 0 }
    try {
      if (!(await connection.ready())) throw failedBecause('kisi_not_connected', 'kisiNotConnected', {}, 'Kisi is not connected')
      for (;;) {
        const state = store.syncState(place.id)
        let window = state.window
        if (window === null) {
          const next = nextEventSyncWindow(state.syncedUntil, target, this.#windowOptions)
          if (next === null) break
          store.beginWindow(place.id, next)
          window = { ...next, set: null }
        }
        const read = await this.#reader.read(place.id, window, signal)
        totals.windows += 1
        totals.pages += read.pages
        totals.added += read.added
        totals.skipped += read.skipped
      }
      store.recordSuccess(place.id, clock.now().toISOString())
      if (totals.added > 0 || totals.skipped > 0) logger.info('Kisi events synced', { placeId: place.id, ...totals })
    } catch (error) {
      if (cancelled(error)) return
      logger.warn('Kisi events could not be synced', { placeId: place.id, ...totals, error: error instanceof Error ? error.message : String(error) })
      try {
        store.recordProblem(place.id, problemOf(error), clock.now().toISOString())
      } catch {
        // The database itself failed; that is reported where it is met, and the next sync tries again.
      }
    }
  }
}
