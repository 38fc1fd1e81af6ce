import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { NotificationStatus } from '@shared/schemas/arrival-notifications'
import { useKioskClient } from '@renderer/api/kiosk-client-plugin'

/** Arrival notifications as the manager sets them: where they go (host only) and how the last one went. */
export const useNotificationsStore = defineStore('notifications', () => {
  const kiosk = useKioskClient()
  const status = ref<NotificationStatus | null>(null)

  async function load(): Promise<void> {
    status.value = await kiosk.notifications.status()
  }

  async function configure(webhookUrl: string | null): Promise<void> {
    status.value = await kiosk.notifications.configure({ webhookUrl })
  }

  /** Sends a test message; a failure is thrown in words once the status shows it. */
  async function sendTest(): Promise<void> {
    try {
      status.value = await kiosk.notifications.test()
    } catch (error) {
      status.value = await kiosk.notifications.status().catch(() => status.value)
      throw error
    }
  }

  async function setDailySummary(enabled: boolean): Promise<void> {
    status.value = await kiosk.notifications.dailySummary({ enabled })
  }

  function reset(): void {
    status.value = null
  }

  return { status, load, configure, sendTest, setDailySummary, reset }
})
