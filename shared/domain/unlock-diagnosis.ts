import type { Diagnosis, UnlockFinding, UnlockFindingParams } from '../schemas/account'

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

/**
 * Why a person's in-app unlock of a door would fail, from Kisi's data, in the order Kisi applies
 * its rules: the person, their access rights and the door's groups, restrictions, then the door;
 * then what Kisi's access log says of their last refused try. Findings are codes with their facts;
 * the staff console says them, with what to do, in its own words.
 */
export function diagnoseUnlock(snapshot: UnlockSnapshot, now: Date): Diagnosis {
  const findings: Finding[] = []
  const block = (finding: UnlockFinding, params: UnlockFindingParams = {}): void => void findings.push({ severity: 'blocker', finding, params })
  const { user, door } = snapshot
  const personAtDoor = { person: user.name, door: door.name }
  if (!snapshot.inAppUnlockAllowed) block('inAppUnlockOff')
  if (!user.accessEnabled) block('accessDisabled', { person: user.name })

  const forDoor = snapshot.assignments.filter((assignment) => assignment.holdsDoor)
  if (forDoor.length === 0) block('noGroupForDoor', personAtDoor)
  const current = forDoor.filter((assignment) => withinWindow(assignment, now))
  if (forDoor.length > 0 && current.length === 0) {
    const upcoming = forDoor.some((assignment) => assignment.validFrom !== null && Date.parse(assignment.validFrom) > now.getTime())
    block(upcoming ? 'accessNotStarted' : 'accessEnded', personAtDoor)
  }
  const currentGroups = current.map((assignment) => assignment.groupName)
  if (current.length > 0 && current.every((assignment) => assignment.readerRestricted)) block('groupReaderRestriction', { groups: currentGroups })
  if (door.readerRestricted) block('doorReaderRestriction', { door: door.name })
  if (door.lockedDown || door.placeLockedDown) block('lockedDown', { door: door.name })
  if (door.online === false) block('controllerOffline', { door: door.name })
  const refusal = refusalFinding(snapshot)
  if (refusal) findings.push(refusal)

  const canUnlock = findings.every((finding) => finding.severity !== 'blocker')
  if (canUnlock) findings.push({ severity: 'ok', finding: 'canUnlock', params: { ...personAtDoor, groups: currentGroups } })
  return { canUnlock, findings }
}

function refusalFinding({ lastRefusal, user, door }: UnlockSnapshot): Finding | null {
  if (lastRefusal === null) return null
  if (lastRefusal === 'unavailable') return { severity: 'warning', finding: 'accessLogUnavailable', params: {} }
  const facts = { person: user.name, door: door.name, at: lastRefusal.at }
  if (lastRefusal.code === null) return { severity: 'warning', finding: 'lastRefusalWithoutCode', params: facts }
  if (lastRefusal.wording === null) return { severity: 'warning', finding: 'lastRefusalUnknownCode', params: { ...facts, kisiCode: lastRefusal.code } }
  // Kisi's catalogue of its codes is still worded in main, for staff (see shared/error-reasons.ts).
  const { message: kisiMessage, hint: kisiHint } = lastRefusal.wording
  return { severity: 'warning', finding: 'lastRefusal', params: { ...facts, kisiCode: lastRefusal.code, kisiMessage, kisiHint } }
}

function withinWindow(window: { validFrom: string | null; validUntil: string | null }, now: Date): boolean {
  const at = now.getTime()
  return (window.validFrom === null || Date.parse(window.validFrom) <= at) && (window.validUntil === null || Date.parse(window.validUntil) > at)
}
