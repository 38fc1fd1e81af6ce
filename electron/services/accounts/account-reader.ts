import type { AccountAssignment, AccountDetail, AccountSummary } from '@shared/schemas/account'
import type { KisiClient } from '../kisi/kisi-client'
import type { KisiUser } from '../kisi/kisi-schemas'
import { isDoorGroup } from './door-groups'
import type { KioskAccountLinks } from './kiosk-account-links'

export function summaryOf(user: KisiUser, linkedHere: boolean): AccountSummary {
  return { id: user.id, name: user.name, email: user.email, accessEnabled: user.accessEnabled, lastAccessedAt: user.lastAccessedAt ?? null, linkedHere }
}

/** A person's groups with validity, doors and restrictions, and their cards, read from Kisi. */
export async function readAccount(client: KisiClient, userId: number, links: KioskAccountLinks): Promise<AccountDetail> {
  const user = await client.user(userId)
  const [assignments, cards] = await Promise.all([
    client.roleAssignments.collect({ assigneeType: 'User', assigneeId: userId }),
    client.cards.collect({ userId }),
  ])
  const details: AccountAssignment[] = []
  for (const assignment of assignments.filter((item) => item.appliesToType === 'Group')) {
    const [group, doors] = await Promise.all([client.group(assignment.appliesToId), client.groupLocks.collect({ groupId: assignment.appliesToId })])
    details.push({
      id: assignment.id,
      groupId: group.id,
      groupName: group.name,
      roleId: assignment.roleId,
      validFrom: assignment.validFrom ?? null,
      validUntil: assignment.validUntil ?? null,
      doorNames: doors.map((door) => door.lock?.name ?? `Door ${door.lockId}`),
      readerRestricted: group.readerRestrictionEnabled,
      isDoorSelection: isDoorGroup(group.name),
    })
  }
  return {
    ...summaryOf(user, links.linked([userId]).has(userId)),
    assignments: details,
    cards: cards.map((card) => ({
      id: card.id,
      label: card.facilityCode !== undefined && card.cardNumber !== undefined ? `Card ${card.facilityCode}:${card.cardNumber}` : `Card ${card.uid ?? card.id}`,
    })),
  }
}
