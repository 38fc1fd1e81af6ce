import { format } from 'date-fns'
import type { Diagnosis } from '../schemas/account'

/** A refused unlock from Kisi's access log, with Kisi's code in words where the code is known. */
export interface UnlockRefusal {
  at: string
  code: string | null
  wording: { message: string; hint: string } | null
}

export interface UnlockSnapshot {
  inAppUnlockAllowed: boolean
  user: { name: string; accessEnabled: boolean }
  door: { name: string; online: boolean | null; lockedDown: boolean; readerRestricted: boolean; placeLockedDown: boolean }
  /** The person's group access rights, and for each whether that group holds the door. */
  assignments: { groupName: string; holdsDoor: boolean; readerRestricted: boolean; validFrom: string | null; validUntil: string | null }[]
  /** The person's last refused unlock of the door in Kisi's access log; `'unavailable'` if it could not be read. */
  lastRefusal: UnlockRefusal | 'unavailable' | null
}

type Finding = Diagnosis['findings'][number]

const readerFix = "Turn off the Kisi Reader Restriction in the group's settings in the Kisi dashboard (in-app unlock is blocked while it is on), or give an access link instead."

/**
 * Why a person's in-app unlock of a door would fail, from Kisi's data, in the order Kisi applies
 * its rules: the person, their access rights and the door's groups, restrictions, then the door;
 * then what Kisi's access log says of their last refused try, with its error code in words.
 */
export function diagnoseUnlock(snapshot: UnlockSnapshot, now: Date): Diagnosis {
  const findings: Finding[] = []
  const block = (message: string, fix: string | null): void => void findings.push({ severity: 'blocker', message, fix })
  const { user, door } = snapshot
  if (!snapshot.inAppUnlockAllowed) block('Unlocking from this app is switched off in the kiosk’s Kisi settings.', 'A manager can allow in-app unlock under Kisi.')
  if (!user.accessEnabled) block(`${user.name}’s access is disabled in Kisi.`, 'Re-enable access for this person.')

  const forDoor = snapshot.assignments.filter((assignment) => assignment.holdsDoor)
  if (forDoor.length === 0) block(`None of ${user.name}’s groups includes ${door.name}.`, 'Assign a group that holds this door, or the door itself.')
  const current = forDoor.filter((assignment) => withinWindow(assignment, now))
  if (forDoor.length > 0 && current.length === 0) {
    const upcoming = forDoor.some((assignment) => assignment.validFrom !== null && Date.parse(assignment.validFrom) > now.getTime())
    block(
      upcoming ? `${user.name}’s access to ${door.name} has not started yet.` : `${user.name}’s access to ${door.name} has ended.`,
      'Change the start or end of the access right, or assign it again.',
    )
  }
  if (current.length > 0 && current.every((assignment) => assignment.readerRestricted)) {
    block(`The Kisi Reader Restriction is on for ${current.map((assignment) => assignment.groupName).join(', ')}.`, readerFix)
  }
  if (door.readerRestricted) block(`The Kisi Reader Restriction is on for the door ${door.name} itself; it applies to everyone.`, readerFix)
  if (door.lockedDown || door.placeLockedDown) block(`${door.name} is locked down.`, 'End the lockdown in the Kisi dashboard when it is safe.')
  if (door.online === false) block(`The Kisi controller of ${door.name} is offline.`, 'Check the controller’s power and network.')
  const refusal = refusalFinding(snapshot)
  if (refusal) findings.push(refusal)

  if (findings.every((finding) => finding.severity !== 'blocker')) {
    findings.push({ severity: 'ok', message: `${user.name} can unlock ${door.name} through ${current.map((assignment) => assignment.groupName).join(', ')}.`, fix: null })
  }
  return { canUnlock: findings.every((finding) => finding.severity !== 'blocker'), findings }
}

function refusalFinding({ lastRefusal, user, door }: UnlockSnapshot): Finding | null {
  if (lastRefusal === null) return null
  if (lastRefusal === 'unavailable') {
    return { severity: 'warning', message: 'Kisi’s access log could not be read, so earlier refused unlocks are not shown.', fix: null }
  }
  const when = format(new Date(lastRefusal.at), 'd MMM, HH:mm')
  const code = lastRefusal.code ? ` (code ${lastRefusal.code})` : ''
  const reason = lastRefusal.wording ? `: ${lastRefusal.wording.message}` : '.'
  return {
    severity: 'warning',
    message: `Kisi’s access log: ${user.name}’s last unlock of ${door.name} was refused on ${when}${code}${reason}`,
    fix: lastRefusal.wording?.hint ?? 'Ask your Kisi administrator to look up this code in the Kisi dashboard.',
  }
}

function withinWindow(window: { validFrom: string | null; validUntil: string | null }, now: Date): boolean {
  const at = now.getTime()
  return (window.validFrom === null || Date.parse(window.validFrom) <= at) && (window.validUntil === null || Date.parse(window.validUntil) > at)
}
