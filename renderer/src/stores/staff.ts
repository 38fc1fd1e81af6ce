import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { StaffRole, StaffStatus } from '@shared/schemas/staff'
import { kioskApi } from '@renderer/api/kiosk-api'
import { unwrap } from '@renderer/api/kiosk-call-error'

/** The staff console's lock: whether PINs exist, the lock-out, and the current session. */
export const useStaffStore = defineStore('staff', () => {
  const status = ref<StaffStatus | null>(null)
  const role = computed(() => status.value?.session?.role ?? null)
  const isManager = computed(() => role.value === 'manager')
  let unsubscribe: (() => void) | null = null

  async function refresh(): Promise<StaffStatus> {
    unsubscribe ??= kioskApi().subscribe('staff.sessionEnded', () => {
      if (status.value) status.value = { ...status.value, session: null }
    })
    status.value = await unwrap(kioskApi().staff.status())
    return status.value
  }

  async function setUpPins(managerPin: string, receptionPin: string): Promise<void> {
    status.value = await unwrap(kioskApi().staff.setupPins({ managerPin, receptionPin }))
  }

  async function unlock(pin: string): Promise<void> {
    const session = await unwrap(kioskApi().staff.unlock({ pin }))
    status.value = { pinsConfigured: true, lockedUntil: null, session }
  }

  async function lock(): Promise<void> {
    await unwrap(kioskApi().staff.lock())
    if (status.value) status.value = { ...status.value, session: null }
  }

  async function changePin(forRole: StaffRole, pin: string): Promise<void> {
    await unwrap(kioskApi().staff.changePin({ role: forRole, pin }))
  }

  function reset(): void {
    unsubscribe?.()
    unsubscribe = null
    status.value = null
  }

  return { status, role, isManager, refresh, setUpPins, unlock, lock, changePin, reset }
})
