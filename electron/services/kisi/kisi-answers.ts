import { z } from 'zod'
import type { CollectionRange } from './collection-range'
import { localKisiError } from './kisi-error'
import type { KisiHttp, KisiRequest } from './kisi-http'

/** Parses an answer with its schema; an answer of another shape is Kisi's fault, not the caller's. */
export function parseAnswer<T>(schema: z.ZodType<T>, data: unknown): T {
  const parsed = schema.safeParse(data)
  if (parsed.success) return parsed.data
  const first = parsed.error.issues[0]
  throw localKisiError('invalid_response', first ? `${first.path.join('.') || 'answer'}: ${first.message}` : undefined)
}

export interface Page<T> {
  items: T[]
  range: CollectionRange | null
}

export interface ListOptions {
  offset?: number
  limit?: number
  signal?: AbortSignal
}

export interface WalkOptions {
  pageSize?: number
  signal?: AbortSignal
}

/** Kisi refuses offsets beyond this, so a walk stops there. */
const maximumOffset = 20_000

/** One list endpoint: a page at a time, or every item through an async iterator. */
export class KisiCollection<T, Filters extends NonNullable<KisiRequest['query']>> {
  readonly #http: KisiHttp
  readonly #path: string
  readonly #schema: z.ZodType<T>
  readonly #maxLimit: number

  constructor(http: KisiHttp, path: string, schema: z.ZodType<T>, maxLimit: number) {
    this.#http = http
    this.#path = path
    this.#schema = schema
    this.#maxLimit = maxLimit
  }

  async page(filters: Filters, { offset = 0, limit = this.#maxLimit, signal }: ListOptions = {}): Promise<Page<T>> {
    const response = await this.#http.request({
      method: 'GET',
      path: this.#path,
      query: { ...filters, offset, limit: Math.min(limit, this.#maxLimit) },
      ...(signal ? { signal } : {}),
    })
    return { items: parseAnswer(z.array(this.#schema), response.data ?? []), range: response.range }
  }

  /** Walks every page, at the endpoint's largest page size unless told otherwise. */
  async *all(filters: Filters, { pageSize = this.#maxLimit, signal }: WalkOptions = {}): AsyncGenerator<T> {
    const limit = Math.min(pageSize, this.#maxLimit)
    for (let offset = 0; offset <= maximumOffset; offset += limit) {
      const { items, range } = await this.page(filters, { offset, limit, ...(signal ? { signal } : {}) })
      yield* items
      const reachedTotal = range ? offset + limit >= range.total : true
      if (items.length < limit || reachedTotal) return
    }
  }

  async collect(filters: Filters, options: WalkOptions = {}): Promise<T[]> {
    const items: T[] = []
    for await (const item of this.all(filters, options)) items.push(item)
    return items
  }
}
