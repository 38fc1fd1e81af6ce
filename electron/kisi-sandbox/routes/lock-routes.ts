import { z } from 'zod'
import { matchesSearch, paginate, readIds, readInteger, readPage, readSearch, sortByName } from '../list-query'
import { performUnlock } from '../perform-unlock'
import { fieldErrors } from '../request-body'
import { findById, idParam, listReply, ok, type Route, type RouteRequest } from '../route-kit'
import type { GroupLinkRecord, LockRecord, PlaceRecord } from '../sandbox-model'
import { linkDenial } from '../unlock-rules'
import { presentLock, presentLockForLink, presentPlace, presentPlaceForLink } from '../wire-access'
import { denials, SandboxWireError, SandboxValidationError } from '../wire-errors'

const placeAndLockLimits = { defaultLimit: 50, maxLimit: 250 }

const unlockBodySchema = z.object({
  lock: z.object({ proximity_proof: z.string().nullable() }).optional(),
  context: z.record(z.string(), z.unknown()).optional(),
})

/** A link outside its validity (or disabled) may not even list its doors. */
function usableLink(request: RouteRequest): GroupLinkRecord | null {
  if (request.caller?.kind !== 'group-link') return null
  const refused = linkDenial(request.caller.link, request.sandbox.now())
  if (refused) throw new SandboxWireError(refused)
  return request.caller.link
}

function filterByQuery<T extends { id: number; name: string }>(items: T[], request: RouteRequest, placeIdOf: (item: T) => number): T[] {
  const ids = readIds(request.query)
  const search = readSearch(request.query)
  const placeId = readInteger(request.query, 'place_id')
  const matching = items.filter(
    (item) => (!ids || ids.has(item.id)) && matchesSearch(search, item.name) && (placeId === undefined || placeIdOf(item) === placeId),
  )
  return sortByName(matching, request.query)
}

function listPlaces(request: RouteRequest) {
  const { state } = request.sandbox
  const page = readPage(request.query, placeAndLockLimits)
  const places = filterByQuery(state.places, request, (place) => place.id)
  return listReply(paginate(places.map((place) => presentPlace(state, place)), page))
}

function showPlace(request: RouteRequest) {
  const { state } = request.sandbox
  const place: PlaceRecord = findById(state.places, idParam(request))
  const link = usableLink(request)
  if (!link) return ok(presentPlace(state, place))
  if (!state.locksOfGroup(link.groupId).some((lock) => lock.placeId === place.id)) throw new SandboxWireError(denials.notFound)
  return ok(presentPlaceForLink(place))
}

function listLocks(request: RouteRequest) {
  const { state } = request.sandbox
  const now = request.sandbox.now()
  const page = readPage(request.query, placeAndLockLimits)
  const link = usableLink(request)
  const locks = filterByQuery(link ? state.locksOfGroup(link.groupId) : state.locks, request, (lock) => lock.placeId)
  const present = (lock: LockRecord) => (link ? presentLockForLink(state, lock, now) : presentLock(state, lock, now))
  return listReply(paginate(locks.map(present), page))
}

function showLock(request: RouteRequest) {
  const { state } = request.sandbox
  return ok(presentLock(state, findById(state.locks, idParam(request)), request.sandbox.now()))
}

function unlock(request: RouteRequest) {
  if (!request.caller) throw new SandboxWireError(denials.unauthorized)
  const body = unlockBodySchema.safeParse(request.body ?? {}, { reportInput: true })
  if (!body.success) throw new SandboxValidationError(fieldErrors(body.error, 'body', 0))
  const raw = request.params['id'] ?? ''
  if (!/^\d+$/.test(raw)) throw new SandboxWireError(denials.doorNotFound)
  const proof = body.data.lock?.proximity_proof ?? null
  const outcome = performUnlock(request.sandbox.state, request.caller, Number(raw), request.sandbox.now(), proof)
  if (outcome.denial) throw new SandboxWireError(outcome.denial)
  return ok({ message: 'Unlocked!' })
}

export const lockRoutes: Route[] = [
  { method: 'GET', pattern: '/places', auth: 'user', handle: listPlaces },
  { method: 'GET', pattern: '/places/:id', auth: 'user-or-link', handle: showPlace },
  { method: 'GET', pattern: '/locks', auth: 'user-or-link', handle: listLocks },
  { method: 'GET', pattern: '/locks/:id', auth: 'user', handle: showLock },
  { method: 'POST', pattern: '/locks/:id/unlock', auth: 'user-or-link', handle: unlock },
]
