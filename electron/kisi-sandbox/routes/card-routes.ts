import { z } from 'zod'
import { cardFormatLimits, sandboxCardTypes, wiegandUid } from '../card-formats'
import { recordEvent } from '../event-log'
import { paginate, readIds, readInteger, readPage } from '../list-query'
import { parseWrapped, requireValid } from '../request-body'
import { idParam, listReply, noContent, ok, type Route, type RouteRequest } from '../route-kit'
import type { CardRecord } from '../sandbox-model'
import { denials, SandboxValidationError, SandboxWireError } from '../wire-errors'
import { presentCard } from '../wire-people'

const cardLimits = { defaultLimit: 10, maxLimit: 250 }
const statuses = ['activated', 'deactivated', 'unassigned'] as const

/** The LF formats with a facility code and a card number; Kisi's other card types are not modelled here. */
const createSchema = z.object({ type: z.enum(sandboxCardTypes), facility_code: z.int().min(0), card_number: z.int().min(0) })
/** Kisi's `assign` names the person by e-mail (its OpenAPI file; the operation is marked deprecated). */
const assignSchema = z.object({ email: z.string().trim().min(1) })

function statusOf(card: CardRecord): (typeof statuses)[number] {
  if (card.userId === null) return 'unassigned'
  return card.activated ? 'activated' : 'deactivated'
}

/** An unknown card id is Kisi's `faa9ef`, not the generic 404. */
function cardOf(request: RouteRequest): CardRecord {
  const id = idParam(request)
  const card = request.sandbox.state.cards.find((candidate) => candidate.id === id)
  if (!card) throw new SandboxWireError(denials.cardNotFound)
  return card
}

function cardEvent(request: RouteRequest, type: string, card: CardRecord): void {
  recordEvent(request.sandbox.state, request.sandbox.now(), { type, caller: request.caller, object: { type: 'Card', id: card.id, name: `${card.facilityCode}:${card.cardNumber}` }, placeId: null })
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

/** Enrols a card held by no one yet; the same format and numbers a second time is Kisi's `cabbeb`. */
function createCard(request: RouteRequest) {
  const { state } = request.sandbox
  const input = parseWrapped(request.body, 'card', createSchema)
  const limits = cardFormatLimits(input.type)
  requireValid({
    ...(input.facility_code > limits.facilityCode ? { facility_code: [`must be at most ${limits.facilityCode}`] } : {}),
    ...(input.card_number > limits.cardNumber ? { card_number: [`must be at most ${limits.cardNumber}`] } : {}),
  })
  const enrolled = state.cards.some((card) => card.type === input.type && card.facilityCode === input.facility_code && card.cardNumber === input.card_number)
  if (enrolled) throw new SandboxValidationError({ card_number: ['has already been enrolled'] }, denials.cardAlreadyEnrolled)
  const now = request.sandbox.now()
  const card: CardRecord = {
    id: state.nextId(),
    type: input.type,
    facilityCode: input.facility_code,
    cardNumber: input.card_number,
    uid: wiegandUid(input.type, input.facility_code, input.card_number),
    userId: null,
    activated: false,
    assignedAt: null,
    activatedAt: null,
    lastUsedAt: null,
    createdAt: now,
    updatedAt: now,
  }
  state.cards.push(card)
  cardEvent(request, 'card.create', card)
  return ok(presentCard(state, card))
}

/**
 * Gives the card to the person with that e-mail, and activates it as the dashboard does. Assigning it
 * again to its holder changes nothing; a card someone else holds must be deassigned first.
 */
function assignCard(request: RouteRequest) {
  const { state } = request.sandbox
  const card = cardOf(request)
  const { email } = parseWrapped(request.body, 'card', assignSchema)
  const user = state.users.find((candidate) => candidate.email.toLowerCase() === email.toLowerCase())
  if (!user) throw new SandboxValidationError({ email: ['does not belong to a user of this organization'] })
  if (card.userId === user.id) return noContent
  requireValid(card.userId === null ? {} : { card: ['is already assigned to another user'] })
  const now = request.sandbox.now()
  Object.assign(card, { userId: user.id, activated: true, assignedAt: now, activatedAt: now, updatedAt: now })
  cardEvent(request, 'card.assign', card)
  return noContent
}

/** Takes the card from its holder; a card held by no one is already what was asked. */
function deassignCard(request: RouteRequest) {
  const card = cardOf(request)
  if (card.userId === null) return noContent
  Object.assign(card, { userId: null, activated: false, assignedAt: null, activatedAt: null, updatedAt: request.sandbox.now() })
  cardEvent(request, 'card.deassign', card)
  return noContent
}

export const cardRoutes: Route[] = [
  { method: 'GET', pattern: '/cards', auth: 'admin', handle: listCards },
  { method: 'POST', pattern: '/cards', auth: 'admin', handle: createCard },
  { method: 'GET', pattern: '/cards/:id', auth: 'admin', handle: (request) => ok(presentCard(request.sandbox.state, cardOf(request))) },
  { method: 'POST', pattern: '/cards/:id/assign', auth: 'admin', handle: assignCard },
  { method: 'POST', pattern: '/cards/:id/deassign', auth: 'admin', handle: deassignCard },
]
