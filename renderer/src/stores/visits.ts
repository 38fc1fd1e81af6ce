import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { CheckOutBurst, PublicVisitType, StaffVisit, VisitorPass } from '@shared/schemas/visit'
import { useKioskClient } from '@renderer/api/kiosk-client-plugin'
import { describeError } from '@renderer/words/describe-error'

/** The sections of the reception view, in the order they are shown. */
export const visitGroupNames = ['awaiting', 'accessPending', 'expected', 'onSite', 'left', 'otherKiosks'] as const
export type VisitGroupName = (typeof visitGroupNames)[number]

/** Which section a visit belongs in; another kiosk's visits stay apart because they are read-only. */
export function visitGroupOf(visit: StaffVisit): VisitGroupName {
  if (visit.origin === 'other-kiosk') return 'otherKiosks'
  if (visit.status === 'expected') return 'expected'
  if (visit.status === 'awaiting-approval') return 'awaiting'
  if (visit.status === 'on-site') return visit.access.state === 'pending' || visit.access.state === 'failed' ? 'accessPending' : 'onSite'
  return 'left'
}

/** The staff actions on one visit that answer with the visit as it now stands. */
export type VisitAction = 'approve' | 'checkInOnBehalf' | 'checkOut' | 'cancel' | 'retryAccess'

/**
 * Today's visits for reception, kept live by `visits.changed`, the staff actions on them, and the
 * notice of check-outs by name at the kiosk that came in a burst.
 */
export const useVisitsStore = defineStore('visits', () => {
  const kiosk = useKioskClient()
  const visits = ref<StaffVisit[]>([])
  const loaded = ref(false)
  const loadError = ref<string | null>(null)
  const visitTypes = ref<PublicVisitType[]>([])
  const checkOutBursts = ref<CheckOutBurst[]>([])

  const groups = computed(() => {
    const grouped = Object.fromEntries(visitGroupNames.map((name) => [name, [] as StaffVisit[]])) as Record<VisitGroupName, StaffVisit[]>
    for (const visit of visits.value) grouped[visitGroupOf(visit)].push(visit)
    return grouped
  })

  let unsubscribe: (() => void) | null = null
  let inFlight: Promise<void> | null = null
  let again = false

  /** Loads the list; events arriving during a load cause one more load, not one per event. */
  function refresh(): Promise<void> {
    unsubscribe ??= kiosk.subscribe('visits.changed', () => void refresh())
    if (inFlight) {
      again = true
      return inFlight
    }
    inFlight = (async () => {
      do {
        again = false
        try {
          visits.value = await kiosk.visits.today()
          checkOutBursts.value = await kiosk.visits.checkOutBursts()
          loaded.value = true
          loadError.value = null
        } catch (error) {
          loadError.value = describeError(error)
        }
      } while (again)
    })().finally(() => {
      inFlight = null
    })
    return inFlight
  }

  async function loadVisitTypes(): Promise<void> {
    visitTypes.value = await kiosk.visitTypes.list()
  }

  /** Puts a visit's new state in the list at once; the event's reload follows. */
  function upsert(visit: StaffVisit): StaffVisit {
    const index = visits.value.findIndex((candidate) => candidate.id === visit.id)
    if (index === -1) visits.value = [...visits.value, visit]
    else visits.value = visits.value.map((candidate) => (candidate.id === visit.id ? visit : candidate))
    return visit
  }

  async function act(action: VisitAction, visitId: string): Promise<StaffVisit> {
    return upsert(await kiosk.visits[action]({ visitId }))
  }

  /** A data-subject request (manager): the visit stays, its visitor's data goes; the list reloads to show it. */
  async function erase(visitId: string): Promise<void> {
    await kiosk.visits.erase({ visitId })
    await refresh()
  }

  async function extend(visitId: string, validUntil: string): Promise<StaffVisit> {
    return upsert(await kiosk.visits.extend({ visitId, validUntil }))
  }

  function pass(visitId: string): Promise<VisitorPass> {
    return kiosk.visits.pass({ visitId })
  }

  async function preRegister(visitTypeId: string, visitor: Record<string, string>, expectedAt: string): Promise<StaffVisit> {
    return upsert(await kiosk.visits.preRegister({ visitTypeId, visitor, expectedAt }))
  }

  /** `agreementVersion`: the version reception confirms the visitor accepted; null when the type has none. */
  async function walkIn(visitTypeId: string, visitor: Record<string, string>, agreementVersion: number | null): Promise<StaffVisit> {
    return upsert(await kiosk.visits.walkIn({ visitTypeId, visitor, agreementVersion }))
  }

  async function dismissCheckOutBursts(): Promise<void> {
    await kiosk.visits.dismissCheckOutBursts()
    checkOutBursts.value = []
  }

  function reset(): void {
    unsubscribe?.()
    unsubscribe = null
    visits.value = []
    loaded.value = false
    loadError.value = null
    visitTypes.value = []
    checkOutBursts.value = []
  }

  return { visits, loaded, loadError, visitTypes, checkOutBursts, groups, refresh, loadVisitTypes, act, erase, extend, pass, preRegister, walkIn, dismissCheckOutBursts, reset }
})
