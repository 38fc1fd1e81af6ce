import { z } from 'zod'
import { recordEvent } from '../event-log'
import { matchesSearch, paginate, readIds, readInteger, readPage, readSearch, sortByName } from '../list-query'
import { parseWrapped, requireValid } from '../request-body'
import { callerUser, findById, idParam, listReply, noContent, ok, type Route, type RouteRequest, updateRoutes } from '../route-kit'
import type { UserRecord } from '../sandbox-model'
import { removeWhere } from '../sandbox-state'
import { presentUser } from '../wire-people'

const userLimits = { defaultLimit: 50, maxLimit: 100 }

/** Kisi: simple values only, keys up to 50 characters, values up to 500, at most 50 keys. */
const metadataSchema = z
  .record(z.string().max(50), z.union([z.string().max(500), z.number(), z.boolean(), z.null()]))
  .refine((metadata) => Object.keys(metadata).length <= 50, 'must have at most 50 keys')

const editable = {
  name: z.string().trim().min(1).optional(),
  image: z.string().nullish(),
  access_enabled: z.boolean().optional(),
  password_flow_enabled: z.boolean().optional(),
  metadata: metadataSchema.optional(),
  notes: z.string().nullish(),
}
const createSchema = z.object({ email: z.email(), send_emails: z.boolean().optional(), confirm: z.boolean().optional(), ...editable })
const updateSchema = z.object(editable)

function userEvent(request: RouteRequest, type: string, user: UserRecord): void {
  recordEvent(request.sandbox.state, request.sandbox.now(), { type, caller: request.caller, object: { type: 'User', id: user.id, name: user.name }, placeId: null })
}

function listUsers(request: RouteRequest) {
  const { state } = request.sandbox
  const { query } = request
  const page = readPage(query, userLimits)
  const ids = readIds(query)
  const search = readSearch(query)
  const email = query.get('email')?.toLowerCase()
  const groupId = readInteger(query, 'group_id')
  const placeId = readInteger(query, 'place_id')
  const userId = query.get('user_id') === 'me' ? callerUser(request).id : readInteger(query, 'user_id')
  const groupIdsAtPlace = new Set(state.groups.filter((group) => group.placeId === placeId).map((group) => group.id))
  const holdsRole = (user: UserRecord, inGroup: (groupId: number) => boolean) =>
    state.roleAssignments.some((assignment) => assignment.userId === user.id && inGroup(assignment.groupId))
  const users = state.users.filter(
    (user) =>
      (!ids || ids.has(user.id)) &&
      (userId === undefined || user.id === userId) &&
      (!email || user.email.toLowerCase() === email) &&
      matchesSearch(search, user.name, user.email, user.notes) &&
      (groupId === undefined || holdsRole(user, (id) => id === groupId)) &&
      (placeId === undefined || holdsRole(user, (id) => groupIdsAtPlace.has(id))),
  )
  return listReply(paginate(sortByName(users, query).map((user) => presentUser(state, user)), page))
}

function createUser(request: RouteRequest) {
  const { state } = request.sandbox
  const input = parseWrapped(request.body, 'user', createSchema)
  const taken = state.users.some((user) => user.email.toLowerCase() === input.email.toLowerCase())
  requireValid(taken ? { email: ['has already been taken'] } : {})
  const now = request.sandbox.now()
  const user: UserRecord = {
    id: state.nextId(),
    name: input.name ?? input.email.slice(0, input.email.indexOf('@')),
    email: input.email,
    password: null,
    otpCode: null,
    otpEnabledAt: null,
    admin: false,
    accessEnabled: input.access_enabled ?? true,
    passwordFlowEnabled: input.password_flow_enabled ?? false,
    notes: input.notes ?? null,
    metadata: input.metadata ?? {},
    lastAccessedAt: null,
    createdAt: now,
    updatedAt: now,
  }
  state.users.push(user)
  userEvent(request, 'user.create', user)
  return ok(presentUser(state, user))
}

function updateUser(request: RouteRequest) {
  const user = findById(request.sandbox.state.users, idParam(request))
  const input = parseWrapped(request.body, 'user', updateSchema)
  user.name = input.name ?? user.name
  user.accessEnabled = input.access_enabled ?? user.accessEnabled
  user.passwordFlowEnabled = input.password_flow_enabled ?? user.passwordFlowEnabled
  user.metadata = input.metadata ?? user.metadata
  if (input.notes !== undefined) user.notes = input.notes
  user.updatedAt = request.sandbox.now()
  userEvent(request, 'user.update', user)
  return noContent
}

/** Takes the user's logins (their keys stop working), role assignments and card links with them. */
function deleteUser(request: RouteRequest) {
  const { state } = request.sandbox
  const user = findById(state.users, idParam(request))
  requireValid(user.id === callerUser(request).id ? { user: ['cannot delete yourself'] } : {})
  removeWhere(state.logins, (login) => login.userId === user.id)
  removeWhere(state.roleAssignments, (assignment) => assignment.userId === user.id)
  for (const card of state.cards.filter((candidate) => candidate.userId === user.id)) Object.assign(card, { userId: null, activated: false, assignedAt: null })
  removeWhere(state.users, (candidate) => candidate === user)
  userEvent(request, 'user.destroy', user)
  return noContent
}

export const userRoutes: Route[] = [
  { method: 'GET', pattern: '/users', auth: 'admin', handle: listUsers },
  { method: 'POST', pattern: '/users', auth: 'admin', handle: createUser },
  { method: 'GET', pattern: '/users/:id', auth: 'admin', handle: (request) => ok(presentUser(request.sandbox.state, findById(request.sandbox.state.users, idParam(request)))) },
  ...updateRoutes('/users/:id', 'admin', updateUser),
  { method: 'DELETE', pattern: '/users/:id', auth: 'admin', handle: deleteUser },
]
