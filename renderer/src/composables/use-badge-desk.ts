import { useRouter } from 'vue-router'
import type { AccountSummary } from '@shared/schemas/account'
import type { Badge } from '@shared/schemas/badge'
import { useTexts } from '@renderer/i18n'
import { useAccountsStore } from '@renderer/stores/accounts'

/** What the Badge panel and a badge scanned anywhere in the console both do: name a card, open its holder. */
export function useBadgeDesk(): { cardWords: (badge: Badge) => string; openHolder: (badge: Badge, holder: AccountSummary) => Promise<void> } {
  const { t } = useTexts()
  const router = useRouter()
  const accounts = useAccountsStore()

  const cardWords = (badge: Badge): string => t('accounts.badge.card', { ...badge, format: t(`accounts.badge.formats.${badge.format}`) })

  async function openHolder(badge: Badge, holder: AccountSummary): Promise<void> {
    accounts.tell(holder.id, t('accounts.badge.heldBy', { card: cardWords(badge), name: holder.name }))
    await router.push({ name: 'console-account', params: { userId: String(holder.id) } })
  }

  return { cardWords, openHolder }
}
