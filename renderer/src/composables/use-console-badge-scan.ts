import { useRouter } from 'vue-router'
import type { DecodedScan, ScanEvent } from '@shared/schemas/scan'
import { useTexts } from '@renderer/i18n'
import { useBadgesStore } from '@renderer/stores/badges'
import { describeError } from '@renderer/words/describe-error'
import { useBadgeDesk } from './use-badge-desk'
import { useScanHandler } from './scan-handlers'

type DecodedCard = Extract<DecodedScan, { kind: 'card' }>

/**
 * A badge scanned on any console page opens the person holding it; a card Kisi does not know (or that no
 * one holds) goes to the Accounts page's Badge panel, filled in and offered for enrolment. Anything that
 * is not a card is given back, so a barcode scanner still types into the console's fields.
 */
export function useConsoleBadgeScan(): void {
  const { t } = useTexts()
  const router = useRouter()
  const badges = useBadgesStore()
  const { openHolder } = useBadgeDesk()
  let busy = false

  async function toBadgePanel(card: DecodedCard, problem: string, misread = false): Promise<void> {
    badges.scanned = { format: card.format, facilityCode: card.facilityCode, cardNumber: card.cardNumber, problem, misread }
    await router.push({ name: 'console-accounts' })
  }

  async function open(card: DecodedCard, parity: ScanEvent['parity']): Promise<void> {
    // A frame whose parity fails was misread: looking it up, or enrolling it, would act on numbers no card has.
    if (parity === 'failed') return toBadgePanel(card, t('accounts.badge.scanMisread'), true)
    const { facilityCode } = card
    // Kisi finds a card by facility code and number; a reader that sends the number alone needs reception's help.
    if (facilityCode === null) return toBadgePanel(card, t('accounts.badge.scanWithoutFacilityCode', { cardNumber: card.cardNumber }))
    const badge = { format: card.format, facilityCode, cardNumber: card.cardNumber }
    try {
      const { found } = await badges.lookUp(badge)
      // Not held: the Badge panel shows the card looked up, with its offer to enrol it.
      if (found.status === 'held') await openHolder(badge, found.holder)
      else await router.push({ name: 'console-accounts' })
    } catch (caught) {
      await toBadgePanel(card, describeError(caught))
    }
  }

  useScanHandler((scan) => {
    if (scan.decoded.kind !== 'card') return false
    // A second card while the first is looked up would race it to the screen; the reader can be tapped again.
    if (busy) return true
    busy = true
    void open(scan.decoded, scan.parity).finally(() => (busy = false))
    return true
  }, 'cards')
}
