import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { VisitPolicies } from '@shared/schemas/visit-policy'
import { kioskApi } from '@renderer/api/kiosk-api'
import { unwrap } from '@renderer/api/kiosk-call-error'

/** The visitor policies as last loaded or saved; the editor works on its own copy. */
export const usePoliciesStore = defineStore('policies', () => {
  const policies = ref<VisitPolicies | null>(null)

  async function load(): Promise<void> {
    policies.value = await unwrap(kioskApi().policies.get())
  }

  async function save(next: VisitPolicies): Promise<void> {
    policies.value = await unwrap(kioskApi().policies.save(next))
  }

  function reset(): void {
    policies.value = null
  }

  return { policies, load, save, reset }
})
