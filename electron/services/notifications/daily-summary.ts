import { subDays } from 'date-fns'
import { z } from 'zod'
import type { StaffAuditLog } from '../audit/staff-audit-log'
import type { SqliteDatabase } from '../database/sqlite-database'
import type { Clock, Logger } from '../ports'
import type { SettingsRepository } from '../settings/settings-repository'
import { localDayOf } from '@shared/domain/access-log/local-day'
import { dayBounds } from '../access-log/access-log-day'
import { daySummaryText, summarizeDay } from './daily-summary-counts'
import type { HostNotifier } from './host-notifier'

export interface DailySummaryDeps {
  database: SqliteDatabase
  settings: SettingsRepository
  notifier: Pick<HostNotifier, 'configured' | 'post'>
  audit: Pick<StaffAuditLog, 'record'>
  clock: Clock
  logger: Logger
  /** How far the copy of Kisi's events reaches; a day is summed up only once it reaches past its end. */
  syncedUntil: () => string | null
  /** How often it looks whether a day ended; a quarter of an hour unless a test says otherwise. */
  checkEveryMs?: number
}

/** The last day a summary went out for, in the database so a restart never sends a day twice. */
const lastSentKey = 'daily_summary_last_day'

/**
 * The manager's optional daily summary, posted through the arrival webhook (so to as many people as
 * its receiver reaches). After midnight it sends the day before; a kiosk that was off at midnight
 * sends it at start. Only yesterday is ever sent: an older missed day is stale news.
 */
export class DailySummary {
  readonly #deps: DailySummaryDeps
  #timer: ReturnType<typeof setInterval> | null = null
  #sending: Promise<void> | null = null
  /** The day whose failed post is in the audit trail already, so a broken webhook leaves one row, not one a check. */
  #failureAudited: string | null = null

  constructor(deps: DailySummaryDeps) {
    this.#deps = deps
  }

  get enabled(): boolean {
    return this.#deps.settings.get().notifications.dailySummary
  }

  get lastSentDay(): string | null {
    return this.#deps.database.get('SELECT value FROM kiosk_meta WHERE key = ?', z.object({ value: z.string() }), [lastSentKey])?.value ?? null
  }

  setEnabled(enabled: boolean): void {
    this.#deps.settings.update((draft) => void (draft.notifications.dailySummary = enabled))
    if (enabled) void this.tick()
  }

  start(): void {
    void this.tick()
    this.#timer = setInterval(() => void this.tick(), this.#deps.checkEveryMs ?? 15 * 60_000)
    this.#timer.unref?.()
  }

  stop(): void {
    if (this.#timer !== null) clearInterval(this.#timer)
    this.#timer = null
  }

  /** Sends yesterday's summary if it is due; one at a time, so two ticks never send the same day. */
  tick(): Promise<void> {
    this.#sending ??= this.#sendIfDue().finally(() => (this.#sending = null))
    return this.#sending
  }

  async #sendIfDue(): Promise<void> {
    if (!this.enabled || !this.#deps.notifier.configured) return
    const day = localDayOf(subDays(this.#deps.clock.now(), 1))
    const last = this.lastSentDay
    if (last !== null && last >= day) return
    const settings = this.#deps.settings.get()
    // With Kisi down at midnight the day's last door events are not here yet: counts sent now would
    // be too low, so the summary waits for a sync that reaches past the day's end.
    const syncedUntil = this.#deps.syncedUntil()
    if (settings.kisi.place !== null && (syncedUntil === null || syncedUntil < dayBounds(day).until)) return
    const text = daySummaryText(summarizeDay(this.#deps.database, day, settings.kisi.place?.id ?? null), settings.kiosk.organisationName)
    try {
      await this.#deps.notifier.post(text)
    } catch (error) {
      // Tried again at the next check; the manager sees the failed delivery under Notifications.
      this.#deps.logger.warn('The daily summary was not delivered', { day, error: error instanceof Error ? error.message : String(error) })
      if (this.#failureAudited !== day) {
        this.#deps.audit.record({ role: null, action: `post the daily summary for ${day}`, outcome: 'failed', detail: 'the webhook did not take it; tried again later' })
        this.#failureAudited = day
      }
      return
    }
    this.#deps.database.run('INSERT INTO kiosk_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [lastSentKey, day])
    this.#deps.audit.record({ role: null, action: `post the daily summary for ${day}`, outcome: 'succeeded' })
  }
}
