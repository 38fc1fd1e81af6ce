import { paginate, readIds, readInteger, readPage } from '../list-query'
import { findById, idParam, listReply, ok, type Route, type RouteRequest } from '../route-kit'
import type { CardRecord } from '../sandbox-model'
import { denials, SandboxWireError } from '../wire-errors'
import { presentCard } from '../wire-people'

const cardLimits = { defaultLimit: 10, maxLimit: 250 }
const statuses = ['activated', 'deactivated', 'unassigned'] as const

function statusOf(card: CardRecord): (typeof statuses)[number] {
  if (card.userId === null) return 'unassigned'
  return card.activated ? 'activated' : 'deactivated'
}

/** The kiosk's badge lookup: facility code + card number of an LF card, or its uid. */
function listCards(request: RouteRequest) {
  const { state } = request.sandbox
  const { query } = request
  const page = readPage(query, cardLimits)
  const ids = readIds(query)
  const facilityCode = readInteger(query, 'facility_code')
  const cardNumber = readInteger(query, 'card_number')
  const userId = readInteger(query, 'user_id')
  const uid = query.get('uid')?.toLowerCase()
  const status = query.get('status')
  if (status !== null && !statuses.some((known) => known === status)) throw new SandboxWireError(denials.badRequest, `status must be one of ${statuses.join(', ')}`)
  const cards = state.cards.filter(
    (card) =>
      (!ids || ids.has(card.id)) &&
      (facilityCode === undefined || card.facilityCode === facilityCode) &&
      (cardNumber === undefined || card.cardNumber === cardNumber) &&
      (userId === undefined || card.userId === userId) &&
      (!uid || card.uid.toLowerCase() === uid) &&
      (status === null || statusOf(card) === status),
  )
  return listReply(paginate(cards.map((card) => presentCard(state, card)), page))
}

export const cardRoutes: Route[] = [
  { method: 'GET', pattern: '/cards', auth: 'admin', handle: listCards },
  { method: 'GET', pattern: '/cards/:id', auth: 'admin', handle: (request) => ok(presentCard(request.sandbox.state, findById(request.sandbox.state.cards, idParam(request)))) },
]
