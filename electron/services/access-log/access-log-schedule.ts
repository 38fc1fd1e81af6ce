import type { KisiConnection } from '../kisi/kisi-connection'
import type { SettingsRepository } from '../settings/settings-repository'
import { accessLogSyncPeriodMs, type AccessLogSync } from './access-log-sync'

/**
 * When Kisi's events are copied without anyone asking: at start once Kisi can be used, every five
 * minutes, as soon as Kisi can be used again after it could not, and when the kiosk's place changes.
 */
export class AccessLogSchedule {
  readonly #sync: AccessLogSync
  readonly #connection: KisiConnection
  readonly #settings: SettingsRepository
  readonly #periodMs: number
  #timer: ReturnType<typeof setInterval> | null = null
  #unsubscribe: (() => void)[] = []

  constructor(sync: AccessLogSync, connection: KisiConnection, settings: SettingsRepository, periodMs = accessLogSyncPeriodMs) {
    this.#sync = sync
    this.#connection = connection
    this.#settings = settings
    this.#periodMs = periodMs
  }

  start(): void {
    const whenReady = (): void => {
      void this.#connection.ready().then((ready) => (ready ? this.#sync.run() : undefined))
    }
    whenReady()
    this.#timer = setInterval(() => void this.#sync.run(), this.#periodMs)
    this.#timer.unref?.()
    this.#unsubscribe = [
      this.#connection.onResumed(() => void this.#sync.run()),
      this.#settings.subscribe((document, previous) => {
        if (document.kisi.place?.id === previous.kisi.place?.id) return
        // The status is per place: say so at once. A sync of the old place stops (what it stored
        // stays), so the new place's events are copied now rather than at the next period.
        this.#sync.announce()
        void this.#sync.stop().then(() => (document.kisi.place !== null ? whenReady() : undefined))
      }),
    ]
  }

  async stop(): Promise<void> {
    if (this.#timer !== null) clearInterval(this.#timer)
    this.#timer = null
    for (const unsubscribe of this.#unsubscribe.splice(0)) unsubscribe()
    await this.#sync.stop()
  }
}
