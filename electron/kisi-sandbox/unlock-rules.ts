import type { EventAuthorization } from './event-log'
import type { Caller, GroupLinkRecord, LockRecord, Millis, UserRecord } from './sandbox-model'
import type { SandboxState } from './sandbox-state'
import { type Denial, denials } from './wire-errors'

export type UnlockDecision = { allowed: true; authorizedBy: EventAuthorization | null } | { allowed: false; denial: Denial }

/** Outside `validFrom..validUntil` (either end open when null): f358de before, f35ade after. */
export function validityDenial(validFrom: Millis | null, validUntil: Millis | null, now: Millis): Denial | null {
  if (validFrom !== null && now < validFrom) return denials.notYetValid
  if (validUntil !== null && now >= validUntil) return denials.noLongerValid
  return null
}

/** Whether a group-link secret may be used at all right now (deleted links never reach here). */
export function linkDenial(link: GroupLinkRecord, now: Millis): Denial | null {
  if (!link.linkEnabled) return { ...denials.linkInvalid, status: 403 }
  return validityDenial(link.validFrom, link.validUntil, now)
}

const deny = (denial: Denial): UnlockDecision => ({ allowed: false, denial })

/** Access links skip reader and geofence restrictions (Kisi docs), so only validity and doors count. */
function decideForLink(state: SandboxState, link: GroupLinkRecord, lock: LockRecord, now: Millis): UnlockDecision {
  const refused = linkDenial(link, now)
  if (refused) return deny(refused)
  if (!state.locksOfGroup(link.groupId).some((door) => door.id === lock.id)) return deny(denials.lockAccessDenied)
  return { allowed: true, authorizedBy: { type: 'Group', id: link.groupId, roleId: null } }
}

/**
 * A user may unlock through any group that holds the door (Kisi: any one group allowing it is
 * enough). Admins skip group rules, but a restriction on the door itself applies to everyone.
 * The denial reported is the one nearest to success, so the message says what would fix it.
 */
function decideForUser(state: SandboxState, user: UserRecord, lock: LockRecord, now: Millis, proximityProof: string | null): UnlockDecision {
  if (!user.accessEnabled) return deny(denials.accessDisabled)
  const hasProof = proximityProof !== null && proximityProof !== ''
  if (lock.readerRestrictionEnabled && !hasProof) return deny(denials.readerRestriction)
  if (user.admin) return { allowed: true, authorizedBy: { type: 'Organization', id: state.organization.id, roleId: null } }

  const groupIds = new Set(state.groupsWithLock(lock.id).map((group) => group.id))
  const assignments = state.roleAssignments.filter((assignment) => assignment.userId === user.id && groupIds.has(assignment.groupId))
  if (assignments.length === 0) return deny(denials.lockAccessDenied)
  const current = assignments.filter((assignment) => validityDenial(assignment.validFrom, assignment.validUntil, now) === null)
  if (current.length === 0) {
    const upcoming = assignments.some((assignment) => assignment.validFrom !== null && now < assignment.validFrom)
    return deny(upcoming ? denials.notYetValid : denials.noLongerValid)
  }
  const groupOf = (groupId: number) => state.groups.find((group) => group.id === groupId)
  const withApp = current.filter((assignment) => groupOf(assignment.groupId)?.loginEnabled)
  if (withApp.length === 0) return deny(denials.appAccessDisabled)
  const usable = withApp.find((assignment) => hasProof || !groupOf(assignment.groupId)?.readerRestrictionEnabled)
  if (!usable) return deny(denials.readerRestriction)
  return { allowed: true, authorizedBy: { type: 'RoleAssignment', id: usable.id, roleId: usable.roleId } }
}

/**
 * Kisi's in-app unlock rules as the sandbox models them. Permission is checked before the door's
 * state, so a caller without access learns nothing about lockdowns or offline controllers.
 */
export function decideUnlock(state: SandboxState, caller: Caller, lock: LockRecord, now: Millis, proximityProof: string | null): UnlockDecision {
  const decision = caller.kind === 'group-link' ? decideForLink(state, caller.link, lock, now) : decideForUser(state, caller.user, lock, now, proximityProof)
  if (!decision.allowed) return decision
  const place = state.places.find((candidate) => candidate.id === lock.placeId)
  if (place && place.lockedDownSince !== null) return deny(denials.placeLockedDown)
  if (lock.lockedDownSince !== null) return deny(denials.doorLockedDown)
  if (lock.online === false) return deny(denials.controllerUnavailable)
  return decision
}
