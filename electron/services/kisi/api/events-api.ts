import { parseAnswer } from '../kisi-answers'
import type { KisiHttp } from '../kisi-http'
import { kisiEventSetSchema, type KisiEvent, type KisiEventSet } from '../kisi-event-schemas'
import { localKisiError } from '../kisi-error'
import { RateLimiter, sleep } from '../rate-limiter'

export interface EventQuery {
  /** ISO 8601 bounds; Kisi allows at most 90 days. */
  from: string
  until: string
  placeId?: number
  eventType?: string
  /** Whose events: e.g. `User` and the person's id. */
  actor?: { type: string; id: number }
  /** Which object the events are about: e.g. `Lock` and the door's id. */
  object?: { type: string; id: number }
  /** Only granted (true) or only refused (false) actions. */
  success?: boolean
}

export interface EventWalkOptions {
  pageSize?: number
  pollIntervalMs?: number
  /** Give up waiting for Kisi to assemble the set after this long. */
  maxWaitMs?: number
  signal?: AbortSignal
}

/** Kisi's access log: an event set is requested, assembled by Kisi, then read page by page. */
export function eventsApi(http: KisiHttp) {
  // POST /event_sets has its own quota of one per second, on top of the general one.
  const eventSetLimiter = new RateLimiter({ limit: 1, windowMs: 1_050 })

  async function createSet(query: EventQuery, signal?: AbortSignal): Promise<KisiEventSet> {
    const response = await http.request({
      method: 'POST',
      path: '/event_sets',
      // Asking for the same set twice is harmless, so a lost answer may be retried.
      repeatable: true,
      limiter: eventSetLimiter,
      body: {
        eventSet: {
          interval: `${query.from}/${query.until}`,
          placeId: query.placeId,
          eventType: query.eventType,
          eventActorType: query.actor?.type,
          eventActorId: query.actor?.id,
          eventObjectType: query.object?.type,
          eventObjectId: query.object?.id,
          eventSuccess: query.success,
        },
      },
      ...(signal ? { signal } : {}),
    })
    return parseAnswer(kisiEventSetSchema, response.data)
  }

  async function readSet(id: number, limit: number, cursor: string | null, signal?: AbortSignal): Promise<KisiEventSet> {
    const response = await http.request({
      method: 'GET',
      path: `/event_sets/${id}`,
      query: { limit, cursor },
      ...(signal ? { signal } : {}),
    })
    return parseAnswer(kisiEventSetSchema, response.data)
  }

  return {
    createSet,
    readSet,
    /** Every event of the query, oldest page first, waiting while Kisi assembles the set. */
    async *events(query: EventQuery, { pageSize = 50, pollIntervalMs = 500, maxWaitMs = 60_000, signal }: EventWalkOptions = {}): AsyncGenerator<KisiEvent> {
      const started = Date.now()
      let set = await createSet(query, signal)
      while (set.status === 'in_progress') {
        if (Date.now() - started > maxWaitMs) throw localKisiError('timeout', `the access log was not ready within ${maxWaitMs / 1000} s`)
        await sleep(pollIntervalMs, signal)
        set = await readSet(set.id, pageSize, null, signal)
      }
      if (set.status === 'failed') throw localKisiError('server', 'Kisi could not assemble the access log')
      let page = set.events === undefined ? await readSet(set.id, pageSize, null, signal) : set
      for (;;) {
        yield* page.events ?? []
        if (!page.cursor) return
        page = await readSet(set.id, pageSize, page.cursor, signal)
      }
    },
  }
}
