import type { GroupLockRecord, GroupRecord, LockRecord, Millis, PlaceRecord } from './sandbox-model'
import type { SandboxState } from './sandbox-state'
import { wireTime, wireTimeOrNull } from './wire-time'

/*
 * Places, locks, groups and group locks in the exact shapes of Kisi's OpenAPI files: every
 * required key present, nullable ones as null, nothing extra (the schemas are closed).
 */

const defaultGeofenceRadiusMetres = 300

function placeOf(state: SandboxState, placeId: number): PlaceRecord {
  const place = state.places.find((candidate) => candidate.id === placeId)
  if (!place) throw new Error(`Sandbox state has no place ${placeId}`)
  return place
}

function organizationRef(state: SandboxState) {
  const { id, name, domain } = state.organization
  return { id, resource_type: 'Organization', name, domain }
}

export function presentPlace(state: SandboxState, place: PlaceRecord) {
  return {
    id: place.id,
    resource_type: 'Place',
    name: place.name,
    description: place.description,
    created_at: wireTime(place.createdAt),
    updated_at: wireTime(place.updatedAt),
    latitude: place.latitude,
    longitude: place.longitude,
    address: place.address,
    image: null,
    time_zone: place.timeZone,
    tz_time_zone: place.timeZone,
    locks_count: state.locks.filter((lock) => lock.placeId === place.id).length,
    integrations_count: 0,
    locked_down: place.lockedDownSince !== null,
    locked_down_since: wireTimeOrNull(place.lockedDownSince),
    occupancy_rate: null,
    organization_id: state.organization.id,
    organization: organizationRef(state),
    color: null,
    logo: null,
    user_id: null,
    members_count: 0,
  }
}

/** The smaller Place a group-link secret sees. */
export function presentPlaceForLink(place: PlaceRecord) {
  const { id, name, description, address, latitude, longitude, timeZone } = place
  return { id, resource_type: 'Place', name, description, address, latitude, longitude, image: null, time_zone: timeZone, color: null, logo: null }
}

function lockPlace(state: SandboxState, lock: LockRecord) {
  const { id, name, latitude, longitude } = placeOf(state, lock.placeId)
  return { id, name, latitude, longitude }
}

function unlockedUntil(lock: LockRecord, now: Millis): Millis | null {
  return lock.unlockedUntil !== null && lock.unlockedUntil > now ? lock.unlockedUntil : null
}

export function presentLock(state: SandboxState, lock: LockRecord, now: Millis) {
  const until = unlockedUntil(lock, now)
  return {
    id: lock.id,
    resource_type: 'Lock',
    created_at: wireTime(lock.createdAt),
    updated_at: wireTime(lock.updatedAt),
    configured: true,
    description: lock.description,
    first_to_arrive_required_until: null,
    first_to_arrive_satisfied: false,
    latitude: null,
    locked_down: lock.lockedDownSince !== null,
    locked_down_since: wireTimeOrNull(lock.lockedDownSince),
    longitude: null,
    name: lock.name,
    on_scheduled_unlock: false,
    online: lock.online,
    open: false,
    order_id: null,
    unlocked: until !== null,
    geofence_restriction_enabled: false,
    geofence_restriction_radius: defaultGeofenceRadiusMetres,
    reader_restriction_enabled: lock.readerRestrictionEnabled,
    time_restriction_enabled: false,
    time_restriction_time_zone: placeOf(state, lock.placeId).timeZone,
    place_id: lock.placeId,
    place: lockPlace(state, lock),
    floor_id: null,
    groups_count: state.groupsWithLock(lock.id).length,
    unlocked_until: wireTimeOrNull(until),
  }
}

/** The smaller Lock a group-link secret sees. */
export function presentLockForLink(state: SandboxState, lock: LockRecord, now: Millis) {
  const until = unlockedUntil(lock, now)
  return {
    id: lock.id,
    configured: true,
    description: lock.description,
    locked_down_since: wireTimeOrNull(lock.lockedDownSince),
    locked_down: lock.lockedDownSince !== null,
    name: lock.name,
    online: lock.online,
    open: false,
    unlocked_until: wireTimeOrNull(until),
    unlocked: until !== null,
    place_id: lock.placeId,
    place: lockPlace(state, lock),
  }
}

export function groupRef(group: GroupRecord) {
  return { id: group.id, resource_type: 'Group', name: group.name }
}

export function presentGroup(state: SandboxState, group: GroupRecord) {
  const place = group.placeId === null ? null : placeOf(state, group.placeId)
  const userIds = new Set(state.roleAssignments.filter((assignment) => assignment.groupId === group.id).map((assignment) => assignment.userId))
  return {
    id: group.id,
    resource_type: 'Group',
    name: group.name,
    description: group.description,
    created_at: wireTime(group.createdAt),
    updated_at: wireTime(group.updatedAt),
    geofence_restriction_enabled: group.geofenceRestrictionEnabled,
    geofence_restriction_radius: defaultGeofenceRadiusMetres,
    primary_device_restriction_enabled: group.primaryDeviceRestrictionEnabled,
    managed_device_restriction_enabled: group.managedDeviceRestrictionEnabled,
    reader_restriction_enabled: group.readerRestrictionEnabled,
    time_restriction_enabled: group.timeRestrictionEnabled,
    tap_to_access_restriction_enabled: group.tapToAccessRestrictionEnabled,
    login_enabled: group.loginEnabled,
    users_count: userIds.size,
    locks_count: state.locksOfGroup(group.id).length,
    elevator_stops_count: 0,
    place_id: group.placeId,
    ...(place ? { place: { id: place.id, resource_type: 'Place', name: place.name } } : {}),
    time_restriction_time_zone: place?.timeZone ?? null,
    members_count: userIds.size,
  }
}

export function presentGroupLock(state: SandboxState, groupLock: GroupLockRecord) {
  const group = state.groups.find((candidate) => candidate.id === groupLock.groupId)
  const lock = state.locks.find((candidate) => candidate.id === groupLock.lockId)
  if (!group || !lock) throw new Error(`Sandbox group lock ${groupLock.id} points at a missing record`)
  const place = placeOf(state, lock.placeId)
  return {
    id: groupLock.id,
    resource_type: 'GroupLock',
    created_at: wireTime(groupLock.createdAt),
    updated_at: wireTime(groupLock.updatedAt),
    group_id: group.id,
    group: groupRef(group),
    lock_id: lock.id,
    lock: { id: lock.id, description: lock.description, name: lock.name },
    place_id: place.id,
    place: { id: place.id, resource_type: 'Place', name: place.name },
  }
}
