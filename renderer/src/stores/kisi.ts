import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { ErrorCode } from '@shared/errors'
import type { KisiGroupChoice, KisiPlaceChoice, KisiStatus } from '@shared/ipc/kisi-calls'
import { useKioskClient } from '@renderer/api/kiosk-client-plugin'
import { describeError, asAppError } from '@renderer/words/describe-error'

export interface ConnectForm {
  apiKey: string
  baseUrl?: string
  accessLinkBaseUrl?: string
}

export interface SignInForm {
  domain: string
  email: string
  password: string
  otpCode?: string
  baseUrl?: string
}

/** The kiosk's Kisi connection as staff see it, the manager's ways of setting it up, and the groups a visit type may open. */
export const useKisiStore = defineStore('kisi', () => {
  const kiosk = useKioskClient()
  const status = ref<KisiStatus | null>(null)
  const statusError = ref<string | null>(null)
  const groups = ref<KisiGroupChoice[] | null>(null)
  const groupsError = ref<{ code: ErrorCode; message: string } | null>(null)
  const places = ref<KisiPlaceChoice[] | null>(null)
  const unsubscribers: (() => void)[] = []
  /**
   * Counts pushed statuses. A status answer computed before a push can arrive after it (a lost key
   * is pushed the moment any call meets the 401), so an answer only counts if nothing was pushed
   * while it was on its way.
   */
  let pushes = 0

  async function loadStatus(): Promise<void> {
    if (unsubscribers.length === 0) {
      unsubscribers.push(
        kiosk.subscribe('kisi.statusChanged', (next) => {
          pushes += 1
          status.value = next
        }),
        // The outbox count moves with every link issued or revoked, which `visits.changed` reports.
        kiosk.subscribe('visits.changed', () => void loadStatus()),
      )
    }
    const pushesBefore = pushes
    try {
      const answer = await kiosk.kisi.status()
      if (pushes === pushesBefore) status.value = answer
      statusError.value = null
    } catch (error) {
      statusError.value = describeError(error)
    }
  }

  async function loadGroups(): Promise<void> {
    try {
      groups.value = await kiosk.kisi.groups()
      groupsError.value = null
    } catch (error) {
      groups.value = null
      groupsError.value = { code: asAppError(error).code, message: describeError(error) }
    }
  }

  /** A new connection may be another organisation: what was read from the old one no longer applies. */
  function adopt(next: KisiStatus): void {
    status.value = next
    groups.value = null
    groupsError.value = null
    places.value = null
  }

  async function connect(form: ConnectForm): Promise<void> {
    adopt(await kiosk.kisi.connect(form))
  }

  async function signIn(form: SignInForm): Promise<void> {
    adopt(await kiosk.kisi.signIn(form))
  }

  async function tryDemo(): Promise<void> {
    adopt(await kiosk.kisi.tryDemo())
  }

  async function loadPlaces(): Promise<void> {
    places.value = await kiosk.kisi.places()
  }

  async function choosePlace(placeId: number): Promise<void> {
    status.value = await kiosk.kisi.choosePlace({ placeId })
    groups.value = null
  }

  async function setInAppUnlock(inAppUnlock: boolean): Promise<void> {
    status.value = await kiosk.kisi.setOptions({ inAppUnlock })
  }

  async function disconnect(): Promise<void> {
    await kiosk.kisi.disconnect()
    groups.value = null
    places.value = null
    await loadStatus()
  }

  function reset(): void {
    for (const unsubscribe of unsubscribers.splice(0)) unsubscribe()
    status.value = null
    statusError.value = null
    groups.value = null
    groupsError.value = null
    places.value = null
  }

  return { status, statusError, groups, groupsError, places, loadStatus, loadGroups, connect, signIn, tryDemo, loadPlaces, choosePlace, setInAppUnlock, disconnect, reset }
})
