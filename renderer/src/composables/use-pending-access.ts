import { onScopeDispose, watch } from 'vue'
import { storeToRefs } from 'pinia'
import { useKioskClient } from '@renderer/api/kiosk-client-plugin'
import { useCheckInStore } from '@renderer/stores/check-in'

/** A missed event (the socket reconnecting) costs the visitor at most this long. */
const pollEveryMs = 10_000

/**
 * While the check-in result says "access will be ready shortly", follows the link the outbox is
 * still making: main's event says "ask now", a slow poll covers a missed event, and the answer (the
 * pass, or reception after all) replaces the screen's outcome. Stops when the screen goes away.
 */
export function usePendingAccess(): void {
  const kiosk = useKioskClient()
  const store = useCheckInStore()
  const { outcome } = storeToRefs(store)
  let timer: ReturnType<typeof setInterval> | undefined
  let unsubscribe: (() => void) | undefined

  const stop = (): void => {
    clearInterval(timer)
    timer = undefined
    unsubscribe?.()
    unsubscribe = undefined
  }

  watch(
    () => outcome.value?.outcome === 'access-pending',
    (waiting) => {
      stop()
      if (!waiting) return
      unsubscribe = kiosk.subscribe('visits.claimedAccessChanged', () => void store.refreshPendingAccess())
      timer = setInterval(() => void store.refreshPendingAccess(), pollEveryMs)
    },
    { immediate: true },
  )
  onScopeDispose(stop)
}
