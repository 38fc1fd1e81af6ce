import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { RollCall } from '@shared/schemas/roll-call'
import { useKioskClient } from '@renderer/api/kiosk-client-plugin'
import { asAppError, describeError } from '@renderer/words/describe-error'

/** The roll call of an evacuation or drill: who may be in the building, and who is ticked safe. */
export const useRollCallStore = defineStore('roll-call', () => {
  const kiosk = useKioskClient()
  const rollCall = ref<RollCall | null>(null)
  const loadError = ref<string | null>(null)
  const actionError = ref<string | null>(null)
  /** The people whose tick is on its way, so a second tap cannot send it twice. */
  const pending = ref<string[]>([])
  const busy = ref(false)
  const safeCount = computed(() => rollCall.value?.people.filter((person) => person.safeAt !== null).length ?? 0)

  async function load(): Promise<void> {
    busy.value = true
    try {
      rollCall.value = await kiosk.accessLog.rollCall()
      loadError.value = null
    } catch (error) {
      loadError.value = describeError(error)
    } finally {
      busy.value = false
    }
  }

  async function markSafe(personKey: string, safe: boolean): Promise<void> {
    if (pending.value.includes(personKey)) return
    pending.value = [...pending.value, personKey]
    try {
      rollCall.value = await kiosk.accessLog.markSafe({ personKey, safe })
      actionError.value = null
    } catch (error) {
      actionError.value = describeError(error)
      // Someone who left meanwhile is no longer on the list: show the list as it is now.
      if (asAppError(error).reason === 'rollCallPersonGone') await load()
    } finally {
      pending.value = pending.value.filter((key) => key !== personKey)
    }
  }

  async function startDrill(): Promise<void> {
    busy.value = true
    try {
      rollCall.value = await kiosk.accessLog.startDrill()
      actionError.value = null
    } catch (error) {
      actionError.value = describeError(error)
    } finally {
      busy.value = false
    }
  }

  function reset(): void {
    rollCall.value = null
    loadError.value = null
    actionError.value = null
    pending.value = []
  }

  return { rollCall, loadError, actionError, pending, busy, safeCount, load, markSafe, startDrill, reset }
})
