import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { Diagnostics } from '@shared/ipc/system-calls'
import type { KioskSettings, KioskSettingsPatch } from '@shared/schemas/kiosk-settings'
import { useKioskClient } from '@renderer/api/kiosk-client-plugin'

/** The manager's view of the kiosk settings and the start-up diagnostics. */
export const useSettingsStore = defineStore('settings', () => {
  const kiosk = useKioskClient()
  const settings = ref<KioskSettings | null>(null)
  const diagnostics = ref<Diagnostics | null>(null)

  async function load(): Promise<void> {
    const [loadedSettings, loadedDiagnostics] = await Promise.all([
      kiosk.settings.get(),
      kiosk.system.diagnostics(),
    ])
    settings.value = loadedSettings
    diagnostics.value = loadedDiagnostics
  }

  async function save(patch: KioskSettingsPatch): Promise<void> {
    settings.value = await kiosk.settings.update(patch)
  }

  function reset(): void {
    settings.value = null
    diagnostics.value = null
  }

  return { settings, diagnostics, load, save, reset }
})
