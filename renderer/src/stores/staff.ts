import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { StaffRole, StaffStatus } from '@shared/schemas/staff-access'
import { useKioskClient } from '@renderer/api/kiosk-client-plugin'

/** The staff console's lock: whether PINs exist, the lock-out, and the current session. */
export const useStaffStore = defineStore('staff', () => {
  const kiosk = useKioskClient()
  const status = ref<StaffStatus | null>(null)
  const role = computed(() => status.value?.session?.role ?? null)
  const isManager = computed(() => role.value === 'manager')
  let unsubscribe: (() => void) | null = null

  async function refresh(): Promise<StaffStatus> {
    unsubscribe ??= kiosk.subscribe('staff.sessionEnded', () => {
      if (status.value) status.value = { ...status.value, session: null }
    })
    status.value = await kiosk.staff.status()
    return status.value
  }

  async function setUpPins(managerPin: string, receptionPin: string): Promise<void> {
    status.value = await kiosk.staff.setupPins({ managerPin, receptionPin })
  }

  async function unlock(pin: string): Promise<void> {
    const session = await kiosk.staff.unlock({ pin })
    status.value = { pinsConfigured: true, lockedUntil: null, session }
  }

  async function lock(): Promise<void> {
    await kiosk.staff.lock()
    if (status.value) status.value = { ...status.value, session: null }
  }

  /** Slides main's session while the console is in use; the answer carries the current idle setting. */
  async function keepAlive(): Promise<void> {
    const session = await kiosk.staff.keepAlive()
    if (status.value) status.value = { ...status.value, session }
  }

  async function changePin(forRole: StaffRole, pin: string): Promise<void> {
    await kiosk.staff.changePin({ role: forRole, pin })
  }

  function reset(): void {
    unsubscribe?.()
    unsubscribe = null
    status.value = null
  }

  return { status, role, isManager, refresh, setUpPins, unlock, lock, keepAlive, changePin, reset }
})
