import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { Door } from '@shared/schemas/account'
import { kioskApi } from '@renderer/api/kiosk-api'
import { messageOf, unwrap } from '@renderer/api/kiosk-call-error'

/** The doors of the kiosk's Kisi place, and unlocking one from the console. */
export const useDoorsStore = defineStore('doors', () => {
  const doors = ref<Door[] | null>(null)
  const loadError = ref<string | null>(null)

  async function load(): Promise<void> {
    try {
      doors.value = await unwrap(kioskApi().doors.list())
      loadError.value = null
    } catch (error) {
      loadError.value = messageOf(error)
    }
  }

  /** Kisi's answer in words ("Unlocked!"); a refusal is thrown with its explanation. */
  async function unlock(lockId: number, reason: string): Promise<string> {
    return (await unwrap(kioskApi().doors.unlock({ lockId, reason }))).message
  }

  function reset(): void {
    doors.value = null
    loadError.value = null
  }

  return { doors, loadError, load, unlock, reset }
})
