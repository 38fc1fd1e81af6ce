import { addDays, parseISO } from 'date-fns'
import { defineStore } from 'pinia'
import { computed, ref, shallowRef, type ComputedRef } from 'vue'
import { accessLogChoices } from '@shared/domain/access-log/access-log-choices'
import { appendToAccessLogIndex, createAccessLogIndex, emptyAccessLogFilter, filterAccessLog, sameAccessLogFilter, type AccessLogFilter, type AccessLogIndex } from '@shared/domain/access-log/access-log-filter'
import { accessLogByHour } from '@shared/domain/access-log/access-log-hours'
import { summarizeAccessLog } from '@shared/domain/access-log/access-log-summary'
import type { AccessLogSyncStatus } from '@shared/ipc/access-log-calls'
import type { AccessLogCursor } from '@shared/schemas/access-log'
import { useKioskClient } from '@renderer/api/kiosk-client-plugin'
import { describeError } from '@renderer/words/describe-error'

/** Small, so the first rows are on screen at once; the rest of the day follows in the background. */
export const firstAccessLogPage = 300
export const accessLogPageSize = 10_000

/** The first moment after the local day. */
const endOfLocalDay = (day: string): Date => addDays(parseISO(day), 1)

/**
 * One day of the manager's access log, read from the kiosk's local copy page by page, with the
 * filters applied in the screen (a day is at most some 100 000 small lines), and the state of the
 * Kisi event sync beside it so a quiet day can be told from one not synced yet.
 */
export const useAccessLogStore = defineStore('access-log', () => {
  const kiosk = useKioskClient()
  const day = ref<string | null>(null)
  // The index grows in place as pages arrive (copying 100 000 lines per page would cost more than
  // the page); `received` is what tells the computed values that it grew.
  const index = shallowRef(createAccessLogIndex())
  const received = ref(0)
  const total = ref<number | null>(null)
  const loading = ref(false)
  const loadError = ref<string | null>(null)
  const filter = ref<AccessLogFilter>(emptyAccessLogFilter)
  const syncStatus = ref<AccessLogSyncStatus | null>(null)
  const syncError = ref<string | null>(null)

  /** A value worked out from the lines received so far, again whenever a page arrives. */
  function fromIndex<Value>(read: (current: AccessLogIndex) => Value): ComputedRef<Value> {
    return computed(() => {
      void received.value
      return read(index.value)
    })
  }
  const filtered = fromIndex((current) => filterAccessLog(current, filter.value))
  const summary = fromIndex((current) => summarizeAccessLog(current.entries))
  const choices = fromIndex((current) => accessLogChoices(current.entries))
  const hours = computed(() => accessLogByHour(filtered.value))
  /** Kisi's events of the day are all stored: the sync has reached past its end. */
  const daySynced = computed(() => {
    const until = syncStatus.value?.syncedUntil
    return Boolean(day.value && until && parseISO(until) >= endOfLocalDay(day.value))
  })

  let generation = 0

  function forgetDay(): void {
    index.value = createAccessLogIndex()
    received.value = 0
    total.value = null
    loading.value = false
    loadError.value = null
  }

  /** Loads a day from its first page; a later call (another day, a reload) makes this one's pages unused. */
  async function open(wanted: string): Promise<void> {
    const mine = ++generation
    forgetDay()
    day.value = wanted
    loading.value = true
    let after: AccessLogCursor | null = null
    let limit = firstAccessLogPage
    try {
      do {
        const page = await kiosk.accessLog.day({ day: wanted, after, limit })
        if (mine !== generation) return
        appendToAccessLogIndex(index.value, page.entries)
        received.value = index.value.entries.length
        total.value = page.total
        after = page.next
        limit = accessLogPageSize
      } while (after !== null)
    } catch (error) {
      if (mine === generation) loadError.value = describeError(error)
    } finally {
      if (mine === generation) loading.value = false
    }
  }

  /**
   * Reads the day on screen again into a fresh index and swaps it in when complete: the lines stay on
   * screen (and where the reader scrolled to) while the new ones load, instead of emptying the list
   * every five minutes. A later open or refresh makes this one's pages unused.
   */
  async function refresh(): Promise<void> {
    const wanted = day.value
    if (wanted === null || loading.value) return
    const mine = ++generation
    const fresh = createAccessLogIndex()
    let after: AccessLogCursor | null = null
    let pageTotal: number | null = null
    try {
      do {
        const page = await kiosk.accessLog.day({ day: wanted, after, limit: accessLogPageSize })
        if (mine !== generation) return
        appendToAccessLogIndex(fresh, page.entries)
        pageTotal = page.total
        after = page.next
      } while (after !== null)
    } catch (error) {
      // The lines shown are still true, only not the newest: say so and keep them.
      if (mine === generation) loadError.value = describeError(error)
      return
    }
    index.value = fresh
    received.value = fresh.entries.length
    total.value = pageTotal
    loadError.value = null
  }

  let unsubscribe: (() => void) | null = null

  function followSync(next: AccessLogSyncStatus): void {
    const previous = syncStatus.value
    syncStatus.value = next
    // A finished sync can only have added Kisi events after what was stored before it: reload the
    // day on screen if it reaches past that (today always does), not a day long complete.
    const finished = previous?.running === true && !next.running
    const reachedPastStored = day.value !== null && (previous?.syncedUntil == null || parseISO(previous.syncedUntil) < endOfLocalDay(day.value))
    if (finished && reachedPastStored) void (received.value > 0 && loadError.value === null ? refresh() : open(day.value as string))
  }

  async function loadSyncStatus(): Promise<void> {
    unsubscribe ??= kiosk.subscribe('accessLog.syncStatusChanged', followSync)
    try {
      followSync(await kiosk.accessLog.syncStatus())
      syncError.value = null
    } catch (error) {
      syncError.value = describeError(error)
    }
  }

  /** Asks for a sync now; the day on screen reloads when it has finished. */
  async function syncNow(): Promise<void> {
    followSync(await kiosk.accessLog.sync())
  }

  /**
   * An equal filter is no change: the view sets the filter again when the address it wrote comes
   * back from the router, and filtering 100 000 lines for nothing would cost a frame.
   */
  function setFilter(next: AccessLogFilter): void {
    if (!sameAccessLogFilter(filter.value, next)) filter.value = next
  }

  function reset(): void {
    generation += 1
    unsubscribe?.()
    unsubscribe = null
    forgetDay()
    day.value = null
    filter.value = emptyAccessLogFilter
    syncStatus.value = null
    syncError.value = null
  }

  return {
    day, total, received, loading, loadError, filter, syncStatus, syncError,
    filtered, summary, hours, choices, daySynced,
    open, loadSyncStatus, syncNow, setFilter, reset,
  }
})
