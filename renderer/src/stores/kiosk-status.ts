import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { KioskStatus } from '@shared/ipc/kiosk-calls'
import { useKioskClient } from '@renderer/api/kiosk-client-plugin'
import { describeError } from '@renderer/words/describe-error'

/** What the visitor screens show: the organisation's name and the idle timeout. Kept live by events. */
export const useKioskStatusStore = defineStore('kiosk-status', () => {
  const kiosk = useKioskClient()
  const status = ref<KioskStatus | null>(null)
  const loadError = ref<string | null>(null)
  let unsubscribe: (() => void) | null = null

  async function load(): Promise<void> {
    unsubscribe ??= kiosk.subscribe('kiosk.statusChanged', (next) => {
      status.value = next
    })
    try {
      status.value = await kiosk.kiosk.status()
      loadError.value = null
    } catch (error) {
      loadError.value = describeError(error)
    }
  }

  function reset(): void {
    unsubscribe?.()
    unsubscribe = null
    status.value = null
    loadError.value = null
  }

  return { status, loadError, load, reset }
})
