import { z } from 'zod'
import { decodeCursor, eventPage, matchesFilters, maxIntervalMs, parseInterval } from '../event-sets'
import { readInteger } from '../list-query'
import { parseWrapped, requireValid } from '../request-body'
import { findById, idParam, ok, type Route, type RouteRequest } from '../route-kit'
import type { EventFilters, EventSetRecord } from '../sandbox-model'
import { denials, SandboxWireError } from '../wire-errors'
import { wireTime } from '../wire-time'

const defaultPageSize = 50
/** SPEC gives no maximum for event-set pages; 250 matches the other endpoints. */
const maxPageSize = 250

const id = z.number().int().nullish()
const text = z.string().nullish()
const createSchema = z.object({
  interval: z.string().optional(),
  event_actor_id: id,
  event_actor_type: text,
  event_authenticated_by_id: id,
  event_authenticated_by_type: text,
  event_object_id: id,
  event_object_type: text,
  event_place_id: id,
  event_success: z.boolean().nullish(),
  event_sequence: text,
  event_type: text,
  event_uuid: text,
  place_id: id,
})

function presentEventSet(set: EventSetRecord, realNow: number, offset: number, limit: number) {
  const finished = realNow >= set.readyAt
  const page = finished ? eventPage(set.events, offset, limit) : null
  return {
    id: set.id,
    created_at: wireTime(set.createdAt),
    status: finished ? 'finished' : 'in_progress',
    interval: set.interval,
    ...set.filters,
    // Kisi leaves `events` out while the set is still being built.
    ...(page ? { events: page.events } : {}),
    cursor: page?.cursor ?? null,
  }
}

function createEventSet(request: RouteRequest) {
  const { state, eventSetDelayMs } = request.sandbox
  const input = parseWrapped(request.body, 'event_set', createSchema)
  const now = request.sandbox.now()
  // The default window ends at the next whole second, so events from this very second are in it.
  const nextSecond = now + 999
  const intervalText = input.interval ?? `${wireTime(nextSecond - maxIntervalMs)}/${wireTime(nextSecond)}`
  const interval = parseInterval(intervalText)
  const filters: EventFilters = {
    event_actor_id: input.event_actor_id ?? null,
    event_actor_type: input.event_actor_type ?? null,
    event_authenticated_by_id: input.event_authenticated_by_id ?? null,
    event_authenticated_by_type: input.event_authenticated_by_type ?? null,
    event_object_id: input.event_object_id ?? null,
    event_object_type: input.event_object_type ?? null,
    event_place_id: input.event_place_id ?? null,
    event_success: input.event_success ?? null,
    event_sequence: input.event_sequence ?? null,
    event_type: input.event_type ?? null,
    event_uuid: input.event_uuid ?? null,
    place_id: input.place_id ?? null,
  }
  const fields: Record<string, string[]> = {}
  if (!interval || interval.end <= interval.start) fields['interval'] = ['is invalid']
  else if (interval.end - interval.start > maxIntervalMs) fields['interval'] = ['must not be longer than 90 days']
  if (filters.place_id !== null && filters.event_place_id !== null) fields['place_id'] = ['use only one of place_id and event_place_id']
  requireValid(fields)
  const { start, end } = interval ?? { start: 0, end: 0 }
  const set: EventSetRecord = {
    id: state.nextId(),
    createdAt: now,
    readyAt: request.sandbox.realNow() + eventSetDelayMs,
    interval: intervalText,
    filters,
    events: state.events
      .filter((record) => record.at >= start && record.at < end && matchesFilters(record.event, filters))
      .map((record) => record.event)
      .reverse(),
  }
  state.eventSets.push(set)
  return ok(presentEventSet(set, request.sandbox.realNow(), 0, defaultPageSize))
}

function showEventSet(request: RouteRequest) {
  const set = findById(request.sandbox.state.eventSets, idParam(request))
  const limit = readInteger(request.query, 'limit') ?? defaultPageSize
  if (limit < 1) throw new SandboxWireError(denials.badRequest, 'limit must be at least 1')
  const cursor = request.query.get('cursor')
  const offset = cursor === null || cursor === '' ? 0 : decodeCursor(cursor)
  if (offset === null) throw new SandboxWireError(denials.badRequest, 'cursor is not valid for this event set')
  return ok(presentEventSet(set, request.sandbox.realNow(), offset, Math.min(limit, maxPageSize)))
}

export const eventSetRoutes: Route[] = [
  { method: 'POST', pattern: '/event_sets', auth: 'admin', ownQuota: 'event-sets', handle: createEventSet },
  { method: 'GET', pattern: '/event_sets/:id', auth: 'admin', handle: showEventSet },
]
