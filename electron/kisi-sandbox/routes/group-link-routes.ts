import { z } from 'zod'
import { recordEvent } from '../event-log'
import { matchesSearch, paginate, readIds, readInteger, readPage, readSearch, sortByName } from '../list-query'
import { parseWrapped, requireValid, wireTimeInput } from '../request-body'
import { callerUser, findById, idParam, listReply, noContent, ok, type Route, type RouteRequest } from '../route-kit'
import type { GroupLinkRecord } from '../sandbox-model'
import { newSecret, removeWhere } from '../sandbox-state'
import { presentCreatedGroupLink, presentGroupLink } from '../wire-people'

const groupLinkLimits = { defaultLimit: 10, maxLimit: 250 }

const createSchema = z.object({
  group_id: z.number().int(),
  name: z.string().trim().min(1),
  email: z.email().nullish(),
  phone: z.string().nullish(),
  quick_response_code_type: z.enum(['online', 'offline']).nullish(),
  link_enabled: z.boolean().optional(),
  valid_from: wireTimeInput.nullish(),
  valid_until: wireTimeInput.nullish(),
})

function linkEvent(request: RouteRequest, type: string, link: GroupLinkRecord): void {
  const { state } = request.sandbox
  const group = state.groups.find((candidate) => candidate.id === link.groupId)
  recordEvent(state, request.sandbox.now(), { type, caller: request.caller, object: { type: 'GroupLink', id: link.id, name: link.name }, placeId: group?.placeId ?? null })
}

function listGroupLinks(request: RouteRequest) {
  const { state } = request.sandbox
  const { query } = request
  const page = readPage(query, groupLinkLimits)
  const ids = readIds(query)
  const groupId = readInteger(query, 'group_id')
  const search = readSearch(query)
  const links = state.groupLinks.filter((link) => {
    const groupName = state.groups.find((group) => group.id === link.groupId)?.name ?? null
    return (!ids || ids.has(link.id)) && (groupId === undefined || link.groupId === groupId) && matchesSearch(search, link.name, link.email, link.phone, groupName)
  })
  return listReply(paginate(sortByName(links, query).map((link) => presentGroupLink(state, link)), page))
}

function createGroupLink(request: RouteRequest) {
  const { state } = request.sandbox
  const input = parseWrapped(request.body, 'group_link', createSchema)
  const validFrom = input.valid_from ?? null
  const validUntil = input.valid_until ?? null
  const fields: Record<string, string[]> = {}
  if (!state.groups.some((group) => group.id === input.group_id)) fields['group'] = ['must exist']
  if (validFrom !== null && validUntil !== null && validUntil <= validFrom) fields['valid_until'] = ['must be after valid_from']
  requireValid(fields)
  const now = request.sandbox.now()
  const qrType = input.quick_response_code_type ?? null
  const link: GroupLinkRecord = {
    id: state.nextId(),
    groupId: input.group_id,
    name: input.name,
    email: input.email ?? null,
    phone: input.phone ?? null,
    secret: newSecret(),
    linkEnabled: input.link_enabled ?? true,
    quickResponseCodeType: qrType,
    quickResponseCodeToken: qrType === null ? null : newSecret(),
    validFrom,
    validUntil,
    lastUsedAt: null,
    createdById: callerUser(request).id,
    createdAt: now,
    updatedAt: now,
  }
  state.groupLinks.push(link)
  linkEvent(request, 'group_link.create', link)
  return ok(presentCreatedGroupLink(state, link))
}

/** Deleting revokes the link: its secret gets 401 f29aef from then on. */
function deleteGroupLink(request: RouteRequest) {
  const { state } = request.sandbox
  const link = findById(state.groupLinks, idParam(request))
  removeWhere(state.groupLinks, (candidate) => candidate === link)
  linkEvent(request, 'group_link.destroy', link)
  return noContent
}

export const groupLinkRoutes: Route[] = [
  { method: 'GET', pattern: '/group_links', auth: 'admin', handle: listGroupLinks },
  { method: 'POST', pattern: '/group_links', auth: 'admin', handle: createGroupLink },
  { method: 'DELETE', pattern: '/group_links/:id', auth: 'admin', handle: deleteGroupLink },
]
