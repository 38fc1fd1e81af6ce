import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { AccountDetail, AccountSummary, ActionStep } from '@shared/schemas/account'
import type { Badge, BadgeFormat, BadgeLookup } from '@shared/schemas/badge'
import { useKioskClient } from '@renderer/api/kiosk-client-plugin'

/** The card reception last looked up, with what Kisi knows of it. */
export interface LookedUpBadge {
  badge: Badge
  found: BadgeLookup
}

/**
 * A card scanned on a console page that could not be looked up, for the Badge panel's form: its
 * facility code is null when the reader sends the card number alone, and `problem` says why in words.
 * A misread card (its parity failed) is not put in the form: its numbers are not the card's.
 */
export interface ScannedCard {
  format: BadgeFormat
  facilityCode: number | null
  cardNumber: number
  problem: string
  misread?: boolean
}

/** Reception's badge desk: look a card up, and enrol one Kisi does not know for a person found by search. */
export const useBadgesStore = defineStore('badges', () => {
  const kiosk = useKioskClient()
  const lookedUp = ref<LookedUpBadge | null>(null)
  const scanned = ref<ScannedCard | null>(null)

  async function lookUp(badge: Badge): Promise<LookedUpBadge> {
    lookedUp.value = null
    const answer = { badge, found: await kiosk.badges.lookup(badge) }
    lookedUp.value = answer
    return answer
  }

  /** The same search as the Accounts list, on its first page: enough to pick the person at the desk. */
  async function searchPeople(query: string): Promise<AccountSummary[]> {
    return (await kiosk.accounts.search({ query: query.trim(), page: 0 })).items
  }

  async function enrol(userId: number): Promise<{ account: AccountDetail; steps: ActionStep[] }> {
    if (!lookedUp.value) throw new Error('No card was looked up to enrol')
    return kiosk.badges.enrol({ ...lookedUp.value.badge, userId })
  }

  function reset(): void {
    lookedUp.value = null
    scanned.value = null
  }

  return { lookedUp, scanned, lookUp, searchPeople, enrol, reset }
})
