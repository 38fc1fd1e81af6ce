import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { VisitPolicies } from '@shared/schemas/visit-policy'
import { useKioskClient } from '@renderer/api/kiosk-client-plugin'

/** The visitor policies as last loaded or saved; the editor works on its own copy. */
export const usePoliciesStore = defineStore('policies', () => {
  const kiosk = useKioskClient()
  const policies = ref<VisitPolicies | null>(null)

  async function load(): Promise<void> {
    policies.value = await kiosk.policies.get()
  }

  async function save(next: VisitPolicies): Promise<void> {
    policies.value = await kiosk.policies.save(next)
  }

  function reset(): void {
    policies.value = null
  }

  return { policies, load, save, reset }
})
