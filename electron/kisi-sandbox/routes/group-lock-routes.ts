import { z } from 'zod'
import { matchesSearch, paginate, readIds, readInteger, readPage, readSearch } from '../list-query'
import { parseWrapped, requireValid } from '../request-body'
import { findById, idParam, listReply, noContent, ok, type Route, type RouteRequest } from '../route-kit'
import type { GroupLockRecord } from '../sandbox-model'
import { removeWhere } from '../sandbox-state'
import { presentGroupLock } from '../wire-access'
import { denials, SandboxWireError } from '../wire-errors'

const groupLockLimits = { defaultLimit: 10, maxLimit: 250 }
const createSchema = z.object({ group_id: z.number().int(), lock_id: z.number().int() })

/** SPEC marks `group_id` required and lists 400 for this operation. */
function listGroupLocks(request: RouteRequest) {
  const { state } = request.sandbox
  const { query } = request
  const groupId = readInteger(query, 'group_id')
  if (groupId === undefined) throw new SandboxWireError(denials.badRequest, 'group_id is required')
  findById(state.groups, groupId)
  const page = readPage(query, groupLockLimits)
  const ids = readIds(query)
  const lockId = readInteger(query, 'lock_id')
  const search = readSearch(query)
  const links = state.groupLocks.filter((link) => {
    const lock = state.locks.find((candidate) => candidate.id === link.lockId)
    return link.groupId === groupId && (!ids || ids.has(link.id)) && (lockId === undefined || link.lockId === lockId) && matchesSearch(search, lock?.name ?? null)
  })
  return listReply(paginate(links.map((link) => presentGroupLock(state, link)), page))
}

function createGroupLock(request: RouteRequest) {
  const { state } = request.sandbox
  const input = parseWrapped(request.body, 'group_lock', createSchema)
  const group = state.groups.find((candidate) => candidate.id === input.group_id)
  const lock = state.locks.find((candidate) => candidate.id === input.lock_id)
  const fields: Record<string, string[]> = {}
  if (!group) fields['group'] = ['must exist']
  if (!lock) fields['lock'] = ['must exist']
  if (group && lock && group.placeId !== null && group.placeId !== lock.placeId) fields['lock'] = ["must belong to the group's place"]
  if (state.groupLocks.some((link) => link.groupId === input.group_id && link.lockId === input.lock_id)) fields['lock_id'] = ['has already been taken']
  requireValid(fields)
  const now = request.sandbox.now()
  const groupLock: GroupLockRecord = { id: state.nextId(), groupId: input.group_id, lockId: input.lock_id, createdAt: now, updatedAt: now }
  state.groupLocks.push(groupLock)
  return ok(presentGroupLock(state, groupLock))
}

function deleteGroupLock(request: RouteRequest) {
  const { state } = request.sandbox
  const groupLock = findById(state.groupLocks, idParam(request))
  removeWhere(state.groupLocks, (candidate) => candidate === groupLock)
  return noContent
}

export const groupLockRoutes: Route[] = [
  { method: 'GET', pattern: '/group_locks', auth: 'admin', handle: listGroupLocks },
  { method: 'POST', pattern: '/group_locks', auth: 'admin', handle: createGroupLock },
  { method: 'GET', pattern: '/group_locks/:id', auth: 'admin', handle: (request) => ok(presentGroupLock(request.sandbox.state, findById(request.sandbox.state.groupLocks, idParam(request)))) },
  { method: 'DELETE', pattern: '/group_locks/:id', auth: 'admin', handle: deleteGroupLock },
]
