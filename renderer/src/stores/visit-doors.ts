import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { VisitDoorsDay } from '@shared/schemas/visit-door-use'
import { useKioskClient } from '@renderer/api/kiosk-client-plugin'
import { describeError } from '@renderer/words/describe-error'

/** The visits of a day joined to the doors their links opened. */
export const useVisitDoorsStore = defineStore('visit-doors', () => {
  const kiosk = useKioskClient()
  const day = ref<string | null>(null)
  const report = ref<VisitDoorsDay | null>(null)
  const loadError = ref<string | null>(null)
  const busy = ref(false)

  async function load(wanted: string): Promise<void> {
    day.value = wanted
    busy.value = true
    try {
      const answer = await kiosk.accessLog.visits({ day: wanted })
      // A slower answer for a day no longer wanted must not replace the one on screen.
      if (day.value !== wanted) return
      report.value = answer
      loadError.value = null
    } catch (error) {
      if (day.value !== wanted) return
      report.value = null
      loadError.value = describeError(error)
    } finally {
      busy.value = false
    }
  }

  function reset(): void {
    day.value = null
    report.value = null
    loadError.value = null
  }

  return { day, report, loadError, busy, load, reset }
})
