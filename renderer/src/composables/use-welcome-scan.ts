import { onBeforeUnmount, ref, type Ref } from 'vue'
import { useRouter } from 'vue-router'
import { formatInviteCode } from '@shared/domain/invite-code'
import { welcomeScanMeaning } from '@shared/domain/scanning/welcome-scan-meaning'
import { useTexts } from '@renderer/i18n'
import { checkInStepRoutes } from '@renderer/routes/check-in-step-routes'
import { useCheckInStore } from '@renderer/stores/check-in'
import { useCheckOutStore } from '@renderer/stores/check-out'
import { useKioskStatusStore } from '@renderer/stores/kiosk-status'
import { useScanHandler } from './scan-handlers'

/** Long enough to read, short enough not to greet the next visitor with it. */
const noteMs = 10_000

/**
 * What a scan does at the welcome screen: an invitation code starts that invitation's check-in, as the
 * code typed on the invitation screen would; a visitor's pass opens the check-out screen asking whether
 * to check out now. Anything else leaves a neutral note, and the welcome screen, as they were.
 */
export function useWelcomeScan(): { note: Ref<string | null> } {
  const { t } = useTexts()
  const router = useRouter()
  const checkIn = useCheckInStore()
  const checkOut = useCheckOutStore()
  const kioskStatus = useKioskStatusStore()
  const note = ref<string | null>(null)
  let noteTimer: ReturnType<typeof setTimeout> | undefined

  function show(text: string | null): void {
    clearTimeout(noteTimer)
    note.value = text
    if (text) noteTimer = setTimeout(() => (note.value = null), noteMs)
  }

  async function startInvite(inviteCode: string): Promise<void> {
    checkIn.reset()
    checkIn.inviteSearch = formatInviteCode(inviteCode)
    const step = await checkIn.openInvite({ inviteCode })
    if (step !== 'stay') {
      await router.push({ name: checkInStepRoutes[step] })
      return
    }
    // Refused (an unknown code, a day it is not valid): the reason in the store's words, here.
    show(checkIn.error)
    checkIn.reset()
  }

  async function offerCheckOut(passUrl: string): Promise<void> {
    // Entering the check-out screen from here starts it afresh, so the pass is given to it once there.
    // A pass held near the scanner by chance must not end a visit: the screen asks first.
    await router.push({ name: 'check-out' })
    checkOut.offerPass(passUrl)
  }

  useScanHandler((scan) => {
    if (checkIn.busy || checkOut.busy) return true
    // The value as the reader sent it: a reader set to decimal Wiegand frames would read an all-digit
    // invitation code as a card, but the kiosk's own codes are known by their shape alone.
    const meaning = welcomeScanMeaning(scan.raw, kioskStatus.status?.accessLinkBase ?? '')
    show(null)
    if (meaning.kind === 'invite') void startInvite(meaning.inviteCode)
    else if (meaning.kind === 'pass') void offerCheckOut(meaning.passUrl)
    else show(t('welcome.scanUnknown'))
    return true
  }, 'anything')
  onBeforeUnmount(() => clearTimeout(noteTimer))

  return { note }
}
