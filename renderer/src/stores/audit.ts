import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { AuditPage } from '@shared/schemas/audit-trail'
import { useKioskClient } from '@renderer/api/kiosk-client-plugin'
import { describeError } from '@renderer/words/describe-error'

/** The staff audit trail as a manager reads it: a page at a time, newest first. */
export const useAuditStore = defineStore('audit', () => {
  const kiosk = useKioskClient()
  const current = ref<AuditPage | null>(null)
  const problemsOnly = ref(false)
  const busy = ref(false)
  const loadError = ref<string | null>(null)
  const pages = computed(() => (current.value ? Math.max(1, Math.ceil(current.value.total / current.value.pageSize)) : 0))

  async function load(page = 0): Promise<void> {
    busy.value = true
    try {
      current.value = await kiosk.audit.list({ page, problemsOnly: problemsOnly.value })
      loadError.value = null
    } catch (error) {
      loadError.value = describeError(error)
    } finally {
      busy.value = false
    }
  }

  async function showProblemsOnly(only: boolean): Promise<void> {
    problemsOnly.value = only
    await load(0)
  }

  function reset(): void {
    current.value = null
    problemsOnly.value = false
    loadError.value = null
  }

  return { current, problemsOnly, busy, loadError, pages, load, showProblemsOnly, reset }
})
