import { z } from 'zod'
import { recordEvent } from '../event-log'
import { matchesSearch, paginate, readIds, readInteger, readPage, readSearch } from '../list-query'
import { parseWrapped, requireValid, wireTimeInput } from '../request-body'
import { callerUser, findById, idParam, listReply, noContent, ok, type Route, type RouteRequest } from '../route-kit'
import type { RoleAssignmentRecord } from '../sandbox-model'
import { removeWhere } from '../sandbox-state'
import { denials, SandboxWireError } from '../wire-errors'
import { presentRoleAssignment } from '../wire-people'

const roleAssignmentLimits = { defaultLimit: 10, maxLimit: 250 }
const groupRoles = ['group_basic', 'group_manager']

/** The current form (applies_to_* / assignee_*) and the deprecated one (user_id / group_id) in one schema. */
const createSchema = z.object({
  applies_to_type: z.string().optional(),
  applies_to_id: z.number().int().optional(),
  assignee_type: z.string().optional(),
  assignee_id: z.number().int().optional(),
  user_id: z.number().int().nullish(),
  group_id: z.number().int().optional(),
  role_id: z.string().min(1),
  notify: z.boolean().optional(),
  valid_from: wireTimeInput.nullish(),
  valid_until: wireTimeInput.nullish(),
})

function assignmentEvent(request: RouteRequest, type: string, assignment: RoleAssignmentRecord): void {
  const { state } = request.sandbox
  const user = state.users.find((candidate) => candidate.id === assignment.userId)
  const group = state.groups.find((candidate) => candidate.id === assignment.groupId)
  recordEvent(state, request.sandbox.now(), {
    type,
    caller: request.caller,
    object: { type: 'RoleAssignment', id: assignment.id, name: `${user?.name ?? 'Unknown user'} in ${group?.name ?? 'unknown group'}` },
    placeId: group?.placeId ?? null,
  })
}

function listRoleAssignments(request: RouteRequest) {
  const { state } = request.sandbox
  const { query } = request
  const page = readPage(query, roleAssignmentLimits)
  const ids = readIds(query)
  const search = readSearch(query)
  const roleId = query.get('role_id')
  const assigneeType = query.get('assignee_type')
  const appliesToType = query.get('applies_to_type')
  const scope = query.get('scope')
  const assigneeId = readInteger(query, 'assignee_id')
  const appliesToId = readInteger(query, 'applies_to_id')
  const userId = query.get('user_id') === 'me' ? callerUser(request).id : readInteger(query, 'user_id')
  const groupId = readInteger(query, 'group_id')
  const placeId = readInteger(query, 'place_id')
  // Only User-on-Group assignments exist here, so any other type or scope filter matches nothing.
  const otherKind = (assigneeType !== null && assigneeType !== 'User') || (appliesToType !== null && appliesToType !== 'Group') || (scope !== null && scope !== 'group')
  const assignments = otherKind
    ? []
    : state.roleAssignments.filter((assignment) => {
        const user = state.users.find((candidate) => candidate.id === assignment.userId)
        const group = state.groups.find((candidate) => candidate.id === assignment.groupId)
        return (
          (!ids || ids.has(assignment.id)) &&
          (roleId === null || assignment.roleId === roleId) &&
          (assigneeId === undefined || assignment.userId === assigneeId) &&
          (userId === undefined || assignment.userId === userId) &&
          (appliesToId === undefined || assignment.groupId === appliesToId) &&
          (groupId === undefined || assignment.groupId === groupId) &&
          (placeId === undefined || group?.placeId === placeId) &&
          matchesSearch(search, user?.name ?? null, user?.email ?? null)
        )
      })
  const sort = query.get('sort')
  const nameOf = (assignment: RoleAssignmentRecord) => state.users.find((user) => user.id === assignment.userId)?.name ?? ''
  const sorted = sort === 'user.name' || sort === '-user.name' ? [...assignments].sort((a, b) => nameOf(a).localeCompare(nameOf(b)) * (sort === 'user.name' ? 1 : -1)) : assignments
  return listReply(paginate(sorted.map((assignment) => presentRoleAssignment(state, assignment)), page))
}

function createRoleAssignment(request: RouteRequest) {
  const { state } = request.sandbox
  const input = parseWrapped(request.body, 'role_assignment', createSchema)
  const fields: Record<string, string[]> = {}
  if (input.applies_to_type !== undefined && input.applies_to_type !== 'Group') fields['applies_to_type'] = ['is not supported by the Kisi sandbox (only Group)']
  if (input.assignee_type !== undefined && input.assignee_type !== 'User') fields['assignee_type'] = ['is not supported by the Kisi sandbox (only User)']
  const groupId = input.applies_to_type === undefined ? input.group_id : input.applies_to_id
  const userId = input.assignee_type === undefined ? input.user_id : input.assignee_id
  if (groupId === undefined) fields['applies_to_id'] = ["can't be blank"]
  if (userId === undefined || userId === null) fields['assignee_id'] = ["can't be blank"]
  if (!groupRoles.includes(input.role_id)) fields['role_id'] = ['is not a group role (group_basic or group_manager)']
  const validFrom = input.valid_from ?? null
  const validUntil = input.valid_until ?? null
  if (validFrom !== null && validUntil !== null && validUntil <= validFrom) fields['valid_until'] = ['must be after valid_from']
  requireValid(fields)
  const group = state.groups.find((candidate) => candidate.id === groupId)
  const user = state.users.find((candidate) => candidate.id === userId)
  if (!group || !user) throw new SandboxWireError(denials.notFound)
  // Kisi: a user holds at most one role per group.
  const taken = state.roleAssignments.some((assignment) => assignment.userId === user.id && assignment.groupId === group.id)
  requireValid(taken ? { assignee_id: ['already has a role in this group'] } : {})
  const now = request.sandbox.now()
  const assignment: RoleAssignmentRecord = {
    id: state.nextId(),
    roleId: input.role_id,
    groupId: group.id,
    userId: user.id,
    notify: input.notify ?? false,
    validFrom,
    validUntil,
    createdById: callerUser(request).id,
    createdAt: now,
    updatedAt: now,
  }
  state.roleAssignments.push(assignment)
  assignmentEvent(request, 'role_assignment.create', assignment)
  return ok(presentRoleAssignment(state, assignment))
}

function deleteRoleAssignment(request: RouteRequest) {
  const { state } = request.sandbox
  const assignment = findById(state.roleAssignments, idParam(request))
  removeWhere(state.roleAssignments, (candidate) => candidate === assignment)
  assignmentEvent(request, 'role_assignment.destroy', assignment)
  return noContent
}

export const roleAssignmentRoutes: Route[] = [
  { method: 'GET', pattern: '/role_assignments', auth: 'admin', handle: listRoleAssignments },
  { method: 'POST', pattern: '/role_assignments', auth: 'admin', handle: createRoleAssignment },
  {
    method: 'GET',
    pattern: '/role_assignments/:id',
    auth: 'admin',
    handle: (request) => ok(presentRoleAssignment(request.sandbox.state, findById(request.sandbox.state.roleAssignments, idParam(request)))),
  },
  { method: 'DELETE', pattern: '/role_assignments/:id', auth: 'admin', handle: deleteRoleAssignment },
]
