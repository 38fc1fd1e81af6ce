import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { ErrorCode } from '@shared/errors'
import type { KisiGroupChoice, KisiStatus } from '@shared/ipc/kisi-calls'
import { kioskApi } from '@renderer/api/kiosk-api'
import { KioskCallError, messageOf, unwrap } from '@renderer/api/kiosk-call-error'

export interface ConnectForm {
  apiKey: string
  baseUrl?: string
  accessLinkBaseUrl?: string
}

/** The kiosk's Kisi connection as staff see it, and the groups a visit type may open. */
export const useKisiStore = defineStore('kisi', () => {
  const status = ref<KisiStatus | null>(null)
  const statusError = ref<string | null>(null)
  const groups = ref<KisiGroupChoice[] | null>(null)
  const groupsError = ref<{ code: ErrorCode; message: string } | null>(null)
  const unsubscribers: (() => void)[] = []

  async function loadStatus(): Promise<void> {
    if (unsubscribers.length === 0) {
      unsubscribers.push(
        kioskApi().subscribe('kisi.statusChanged', (next) => {
          status.value = next
        }),
        // The outbox count moves with every link issued or revoked, which `visits.changed` reports.
        kioskApi().subscribe('visits.changed', () => void loadStatus()),
      )
    }
    try {
      status.value = await unwrap(kioskApi().kisi.status())
      statusError.value = null
    } catch (error) {
      statusError.value = messageOf(error)
    }
  }

  async function loadGroups(): Promise<void> {
    try {
      groups.value = await unwrap(kioskApi().kisi.groups())
      groupsError.value = null
    } catch (error) {
      groups.value = null
      groupsError.value = { code: error instanceof KioskCallError ? error.code : 'internal', message: messageOf(error) }
    }
  }

  async function connect(form: ConnectForm): Promise<void> {
    status.value = await unwrap(kioskApi().kisi.connect(form))
    groups.value = null
    groupsError.value = null
  }

  async function disconnect(): Promise<void> {
    await unwrap(kioskApi().kisi.disconnect())
    groups.value = null
    await loadStatus()
  }

  function reset(): void {
    for (const unsubscribe of unsubscribers.splice(0)) unsubscribe()
    status.value = null
    statusError.value = null
    groups.value = null
    groupsError.value = null
  }

  return { status, statusError, groups, groupsError, loadStatus, loadGroups, connect, disconnect, reset }
})
