/*
 * The sandbox's in-memory organisation. Records are camelCase with times as epoch milliseconds;
 * the wire-*.ts presenters turn them into Kisi's snake_case JSON. Tests may read and change these
 * records directly to arrange a situation (a door offline, a place locked down). Every other module
 * depends on these shapes, and this module only on the card formats' names (which import nothing), so
 * the package has no import cycle.
 */

import type { SandboxCardType } from './card-formats'

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

/** An LF card with a facility code and card number (HID H10301, Corporate 1000 or H10304). */
export interface CardRecord {
  id: number
  type: SandboxCardType
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

/** Kisi's Event object (event-sets OpenAPI file), as served by `GET /event_sets/{id}`. */
export interface WireEvent {
  uuid: string
  type: string
  actor_type: 'User' | 'GroupLink' | null
  actor_id: number | null
  actor_name: string | null
  actor_email: string | null
  authenticated_by_type: 'Login' | 'GroupLink' | null
  authenticated_by_id: number | null
  authorized_by_type: string | null
  authorized_by_id: number | null
  authorized_by_role_id: string | null
  object_type: string
  object_id: number
  object_name: string
  action: string
  created_at: string
  message: string | null
  success: boolean
  code: string | null
  sequence: string
  organization_id: number
  place_id: number | null
  error_code: string | null
  error_message: string | null
  details: Record<string, never>
  via: Record<string, never>
}

/** The filters of `POST /event_sets`, stored with the set and echoed back in Kisi's snake_case. */
export interface EventFilters {
  event_actor_id: number | null
  event_actor_type: string | null
  event_authenticated_by_id: number | null
  event_authenticated_by_type: string | null
  event_object_id: number | null
  event_object_type: string | null
  event_place_id: number | null
  event_success: boolean | null
  event_sequence: string | null
  event_type: string | null
  event_uuid: string | null
  place_id: number | null
}

/** Who is calling: a signed-in user (through one of their logins) or a group-link secret. */
export type Caller = { kind: 'login'; login: LoginRecord; user: UserRecord } | { kind: 'group-link'; link: GroupLinkRecord }
