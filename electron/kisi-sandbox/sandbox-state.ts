import { randomBytes } from 'node:crypto'
import type { CardRecord, EventRecord, EventSetRecord, GroupLinkRecord, GroupLockRecord, GroupRecord, LockRecord, LoginRecord, OrganizationRecord, PlaceRecord, RoleAssignmentRecord, UserRecord } from './sandbox-model'

/** The demo organisation in memory: one list per kind of record (shapes in sandbox-model.ts). */
export class SandboxState {
  organization: OrganizationRecord = { id: 0, name: '', domain: '' }
  readonly places: PlaceRecord[] = []
  readonly locks: LockRecord[] = []
  readonly groups: GroupRecord[] = []
  readonly groupLocks: GroupLockRecord[] = []
  readonly users: UserRecord[] = []
  readonly logins: LoginRecord[] = []
  readonly roleAssignments: RoleAssignmentRecord[] = []
  readonly groupLinks: GroupLinkRecord[] = []
  readonly cards: CardRecord[] = []
  readonly events: EventRecord[] = []
  readonly eventSets: EventSetRecord[] = []
  // One counter for every kind of record, so a client that sends a group id where a lock id
  // belongs gets a 404 instead of silently hitting some other door.
  #lastId = 1000

  nextId(): number {
    this.#lastId += 1
    return this.#lastId
  }

  locksOfGroup(groupId: number): LockRecord[] {
    const lockIds = new Set(this.groupLocks.filter((link) => link.groupId === groupId).map((link) => link.lockId))
    return this.locks.filter((lock) => lockIds.has(lock.id))
  }

  groupsWithLock(lockId: number): GroupRecord[] {
    const groupIds = new Set(this.groupLocks.filter((link) => link.lockId === lockId).map((link) => link.groupId))
    return this.groups.filter((group) => groupIds.has(group.id))
  }
}

/** Removes every element that matches, in place (the state's arrays are readonly references). */
export function removeWhere<T>(items: T[], matches: (item: T) => boolean): T[] {
  const removed = items.filter(matches)
  for (const item of removed) items.splice(items.indexOf(item), 1)
  return removed
}

/** A login or group-link secret: unguessable, hex like Kisi's. */
export function newSecret(): string {
  return randomBytes(20).toString('hex')
}
