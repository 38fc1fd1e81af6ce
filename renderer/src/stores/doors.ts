import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { Door } from '@shared/schemas/account'
import { useKioskClient } from '@renderer/api/kiosk-client-plugin'
import { describeError } from '@renderer/words/describe-error'

/** The doors of the kiosk's Kisi place, and unlocking one from the console. */
export const useDoorsStore = defineStore('doors', () => {
  const kiosk = useKioskClient()
  const doors = ref<Door[] | null>(null)
  const loadError = ref<string | null>(null)
  /** The last unlock that worked, until the next one is tried: a later failure must not sit under an old "Unlocked!". */
  const lastUnlocked = ref<{ lockId: number; message: string } | null>(null)

  async function load(): Promise<void> {
    try {
      doors.value = await kiosk.doors.list()
      loadError.value = null
    } catch (error) {
      loadError.value = describeError(error)
    }
  }

  /** Kisi's answer in words ("Unlocked!"); a refusal is thrown with its explanation. */
  async function unlock(lockId: number, reason: string): Promise<string> {
    lastUnlocked.value = null
    const { message } = await kiosk.doors.unlock({ lockId, reason })
    lastUnlocked.value = { lockId, message }
    return message
  }

  function reset(): void {
    doors.value = null
    loadError.value = null
    lastUnlocked.value = null
  }

  return { doors, loadError, lastUnlocked, load, unlock, reset }
})
