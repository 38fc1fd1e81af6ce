import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { VisitMatch } from '@shared/schemas/visit'
import { useKioskClient } from '@renderer/api/kiosk-client-plugin'
import { describeError } from '@renderer/words/describe-error'

/**
 * A visitor checking themselves out: the visit they picked from a name search, then the goodbye.
 * App resets it on idle, so a picked name never waits for the next person.
 */
export const useCheckOutStore = defineStore('check-out', () => {
  const kiosk = useKioskClient()
  const picked = ref<VisitMatch | null>(null)
  /** The first name to say goodbye to, once main has ended the visit. */
  const goodbyeName = ref<string | null>(null)
  const error = ref<string | null>(null)
  const busy = ref(false)
  /** A pass scanned at the welcome screen, held until the visitor says yes: a scan alone checks no one out. */
  const offeredPass = ref<string | null>(null)

  /** Visitors on site whose name matches, masked by main. */
  function findOnSite(query: string): Promise<VisitMatch[]> {
    return kiosk.visits.findOnSite({ query })
  }

  function pick(match: VisitMatch | null): void {
    picked.value = match
    error.value = null
  }

  function offerPass(passUrl: string): void {
    offeredPass.value = passUrl
    error.value = null
  }

  function clearError(): void {
    error.value = null
  }

  /** Bumped by reset: an answer that arrives after the visitor has gone must not reach the next one. */
  let session = 0

  /** By the picked visit, or by the pass's QR code as the scanner typed it. */
  async function checkOut(reference: { visitId: string } | { passUrl: string }): Promise<void> {
    const started = session
    busy.value = true
    error.value = null
    // Whatever main answers, the question has been answered: a refused pass leaves the screen's search.
    offeredPass.value = null
    try {
      const { visitorName } = await kiosk.visits.checkOutSelf(reference)
      if (session !== started) return
      // The first name only: someone else may be standing at the screen.
      goodbyeName.value = visitorName.trim().split(/\s+/)[0] ?? visitorName
      picked.value = null
    } catch (caught) {
      if (session === started) error.value = describeError(caught)
    } finally {
      if (session === started) busy.value = false
    }
  }

  function reset(): void {
    session += 1
    picked.value = null
    goodbyeName.value = null
    error.value = null
    busy.value = false
    offeredPass.value = null
  }

  return { picked, goodbyeName, error, busy, offeredPass, findOnSite, pick, offerPass, clearError, checkOut, reset }
})
