import { randomBytes } from 'node:crypto'
import type { WireEvent } from './event-log'
import type { EventFilters } from './event-sets'

/*
 * The sandbox's in-memory organisation. Records are camelCase with times as epoch milliseconds;
 * the wire-*.ts presenters turn them into Kisi's snake_case JSON. Tests may read and change these
 * records directly to arrange a situation (a door offline, a place locked down).
 */

export type Millis = number

export interface OrganizationRecord {
  id: number
  name: string
  domain: string
}

export interface PlaceRecord {
  id: number
  name: string
  description: string | null
  address: string
  latitude: number | null
  longitude: number | null
  timeZone: string | null
  lockedDownSince: Millis | null
  createdAt: Millis
  updatedAt: Millis
}

export interface LockRecord {
  id: number
  placeId: number
  name: string
  description: string | null
  /** false = the controller is offline: unlocks fail with fac001. */
  online: boolean | null
  lockedDownSince: Millis | null
  /** A door-level Kisi Reader restriction applies to everyone, admins included. */
  readerRestrictionEnabled: boolean
  unlockedUntil: Millis | null
  createdAt: Millis
  updatedAt: Millis
}

export interface GroupRecord {
  id: number
  name: string
  description: string | null
  placeId: number | null
  loginEnabled: boolean
  readerRestrictionEnabled: boolean
  geofenceRestrictionEnabled: boolean
  primaryDeviceRestrictionEnabled: boolean
  managedDeviceRestrictionEnabled: boolean
  timeRestrictionEnabled: boolean
  tapToAccessRestrictionEnabled: boolean
  createdAt: Millis
  updatedAt: Millis
}

export interface GroupLockRecord {
  id: number
  groupId: number
  lockId: number
  createdAt: Millis
  updatedAt: Millis
}

export interface UserRecord {
  id: number
  name: string
  email: string
  /** null for managed users, who never sign in with a password. */
  password: string | null
  /** The one code that passes 2FA; null when 2FA is off. */
  otpCode: string | null
  otpEnabledAt: Millis | null
  /** Organisation administrator: may unlock every door unless the door itself is restricted. */
  admin: boolean
  accessEnabled: boolean
  passwordFlowEnabled: boolean
  notes: string | null
  metadata: Record<string, string | number | boolean | null>
  lastAccessedAt: Millis | null
  createdAt: Millis
  updatedAt: Millis
}

export interface LoginRecord {
  id: number
  userId: number
  type: 'api' | 'device'
  name: string | null
  secret: string
  expire: boolean
  deviceBrand: string | null
  deviceModel: string | null
  osName: string | null
  lastUsedAt: Millis | null
  createdAt: Millis
  updatedAt: Millis
}

export interface RoleAssignmentRecord {
  id: number
  roleId: string
  groupId: number
  userId: number
  notify: boolean
  validFrom: Millis | null
  validUntil: Millis | null
  createdById: number | null
  createdAt: Millis
  updatedAt: Millis
}

export interface GroupLinkRecord {
  id: number
  groupId: number
  name: string
  email: string | null
  phone: string | null
  secret: string
  linkEnabled: boolean
  quickResponseCodeType: 'online' | 'offline' | null
  quickResponseCodeToken: string | null
  validFrom: Millis | null
  validUntil: Millis | null
  lastUsedAt: Millis | null
  createdById: number | null
  createdAt: Millis
  updatedAt: Millis
}

/** An LF HID H10301 (26-bit) card, the only card type the sandbox models. */
export interface CardRecord {
  id: number
  facilityCode: number
  cardNumber: number
  uid: string
  userId: number | null
  activated: boolean
  assignedAt: Millis | null
  activatedAt: Millis | null
  lastUsedAt: Millis | null
  createdAt: Millis
  updatedAt: Millis
}

export interface EventRecord {
  /** Exact time, for interval filters; the wire `created_at` is rounded to the second. */
  at: Millis
  event: WireEvent
}

export interface EventSetRecord {
  id: number
  createdAt: Millis
  /** Real (unskewed) time at which the set turns from in_progress to finished. */
  readyAt: Millis
  interval: string
  filters: EventFilters
  /** Matching events, newest first, captured when the set was created. */
  events: WireEvent[]
}

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
