import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { KioskStatus } from '@shared/ipc/kiosk-calls'
import { kioskApi } from '@renderer/api/kiosk-api'
import { messageOf, unwrap } from '@renderer/api/kiosk-call-error'

/** What the visitor screens show: the organisation's name and the idle timeout. Kept live by events. */
export const useKioskStatusStore = defineStore('kiosk-status', () => {
  const status = ref<KioskStatus | null>(null)
  const loadError = ref<string | null>(null)
  let unsubscribe: (() => void) | null = null

  async function load(): Promise<void> {
    unsubscribe ??= kioskApi().subscribe('kiosk.statusChanged', (next) => {
      status.value = next
    })
    try {
      status.value = await unwrap(kioskApi().kiosk.status())
      loadError.value = null
    } catch (error) {
      loadError.value = messageOf(error)
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
