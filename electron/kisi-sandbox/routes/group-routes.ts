import { z } from 'zod'
import { matchesSearch, paginate, readIds, readInteger, readPage, readSearch, sortByName } from '../list-query'
import { parseWrapped, requireValid } from '../request-body'
import { findById, idParam, listReply, noContent, ok, type Route, type RouteRequest, updateRoutes } from '../route-kit'
import type { GroupRecord } from '../sandbox-model'
import { removeWhere } from '../sandbox-state'
import { presentGroup } from '../wire-access'

const groupLimits = { defaultLimit: 10, maxLimit: 250 }

const flags = {
  login_enabled: z.boolean().optional(),
  geofence_restriction_enabled: z.boolean().optional(),
  primary_device_restriction_enabled: z.boolean().optional(),
  managed_device_restriction_enabled: z.boolean().optional(),
  reader_restriction_enabled: z.boolean().optional(),
  time_restriction_enabled: z.boolean().optional(),
  tap_to_access_restriction_enabled: z.boolean().optional(),
}
const createSchema = z.object({ name: z.string().trim().min(1), description: z.string().nullish(), place_id: z.number().int().nullish(), ...flags })
// A group's place cannot change after creation (Kisi docs), so PATCH has no place_id.
const updateSchema = z.object({ name: z.string().trim().min(1).optional(), description: z.string().nullish(), ...flags })

type FlagInput = { [K in keyof typeof flags]?: boolean | undefined }

function applyFlags(group: GroupRecord, input: FlagInput): void {
  group.loginEnabled = input.login_enabled ?? group.loginEnabled
  group.geofenceRestrictionEnabled = input.geofence_restriction_enabled ?? group.geofenceRestrictionEnabled
  group.primaryDeviceRestrictionEnabled = input.primary_device_restriction_enabled ?? group.primaryDeviceRestrictionEnabled
  group.managedDeviceRestrictionEnabled = input.managed_device_restriction_enabled ?? group.managedDeviceRestrictionEnabled
  group.readerRestrictionEnabled = input.reader_restriction_enabled ?? group.readerRestrictionEnabled
  group.timeRestrictionEnabled = input.time_restriction_enabled ?? group.timeRestrictionEnabled
  group.tapToAccessRestrictionEnabled = input.tap_to_access_restriction_enabled ?? group.tapToAccessRestrictionEnabled
}

function listGroups(request: RouteRequest) {
  const { state } = request.sandbox
  const { query } = request
  const page = readPage(query, groupLimits)
  const ids = readIds(query)
  const search = readSearch(query)
  const placeId = readInteger(query, 'place_id')
  const lockId = readInteger(query, 'lock_id')
  const withLock = lockId === undefined ? null : new Set(state.groupsWithLock(lockId).map((group) => group.id))
  const scope = query.get('scope')
  const groups = state.groups.filter(
    (group) =>
      (!ids || ids.has(group.id)) &&
      matchesSearch(search, group.name) &&
      (placeId === undefined || group.placeId === placeId) &&
      (!withLock || withLock.has(group.id)) &&
      (scope !== 'organization' || group.placeId === null) &&
      (scope !== 'place' || group.placeId !== null),
  )
  return listReply(paginate(sortByName(groups, query).map((group) => presentGroup(state, group)), page))
}

function createGroup(request: RouteRequest) {
  const { state } = request.sandbox
  const input = parseWrapped(request.body, 'group', createSchema)
  const placeId = input.place_id ?? null
  requireValid(placeId !== null && !state.places.some((place) => place.id === placeId) ? { place: ['must exist'] } : {})
  const now = request.sandbox.now()
  const group: GroupRecord = {
    id: state.nextId(),
    name: input.name,
    description: input.description ?? null,
    placeId,
    loginEnabled: true,
    readerRestrictionEnabled: false,
    geofenceRestrictionEnabled: false,
    primaryDeviceRestrictionEnabled: false,
    managedDeviceRestrictionEnabled: false,
    timeRestrictionEnabled: false,
    tapToAccessRestrictionEnabled: false,
    createdAt: now,
    updatedAt: now,
  }
  applyFlags(group, input)
  state.groups.push(group)
  return ok(presentGroup(state, group))
}

function updateGroup(request: RouteRequest) {
  const group = findById(request.sandbox.state.groups, idParam(request))
  const input = parseWrapped(request.body, 'group', updateSchema)
  group.name = input.name ?? group.name
  if (input.description !== undefined) group.description = input.description
  applyFlags(group, input)
  group.updatedAt = request.sandbox.now()
  return noContent
}

/** Deleting a group takes its doors, role assignments and access links with it. */
function deleteGroup(request: RouteRequest) {
  const { state } = request.sandbox
  const group = findById(state.groups, idParam(request))
  removeWhere(state.groupLocks, (link) => link.groupId === group.id)
  removeWhere(state.roleAssignments, (assignment) => assignment.groupId === group.id)
  removeWhere(state.groupLinks, (link) => link.groupId === group.id)
  removeWhere(state.groups, (candidate) => candidate === group)
  return noContent
}

export const groupRoutes: Route[] = [
  { method: 'GET', pattern: '/groups', auth: 'admin', handle: listGroups },
  { method: 'POST', pattern: '/groups', auth: 'admin', handle: createGroup },
  { method: 'GET', pattern: '/groups/:id', auth: 'admin', handle: (request) => ok(presentGroup(request.sandbox.state, findById(request.sandbox.state.groups, idParam(request)))) },
  ...updateRoutes('/groups/:id', 'admin', updateGroup),
  { method: 'DELETE', pattern: '/groups/:id', auth: 'admin', handle: deleteGroup },
]
