import axios, { AxiosError, type AxiosInstance, type Method } from 'axios'
import { parseCollectionRange, type CollectionRange } from './collection-range'
import { KisiError, kisiErrorFromResponse, localKisiError } from './kisi-error'
import { camelizeKeys, camelToSnake, snakeizeKeys } from './kisi-wire'
import { RateLimiter, sleep } from './rate-limiter'
import { defaultRetryPolicy, parseRetryAfter, retryDelayMs, shouldRetry, type RetryPolicy } from './retry-policy'

export const defaultKisiBaseUrl = 'https://api.kisi.io'

export type KisiAuth = { kind: 'key' } | { kind: 'group-link'; secret: string } | { kind: 'none' }

export interface KisiRequest {
  method: Extract<Method, 'GET' | 'POST' | 'PATCH' | 'DELETE'>
  path: string
  query?: Record<string, string | number | boolean | null | undefined>
  /** camelCase; converted to Kisi's snake_case here. */
  body?: unknown
  auth?: KisiAuth
  /** Safe to send twice? Defaults to true for GET and DELETE, false otherwise. */
  repeatable?: boolean
  /** An extra limiter for endpoints with their own quota (event sets: 1 per second). */
  limiter?: RateLimiter
  signal?: AbortSignal
}

export interface KisiResponse {
  status: number
  /** camelCase; null for an empty body (204). */
  data: unknown
  range: CollectionRange | null
}

export interface KisiHttpOptions {
  baseUrl?: string
  /** Read on every request so a reconnected key is used at once; null when not connected. */
  apiKey: () => string | null
  timeoutMs?: number
  requestsPerSecond?: number
  retry?: RetryPolicy
  random?: () => number
}

/**
 * The one way requests reach Kisi: auth header, snake_case conversion, the shared rate limit,
 * timeouts, cancellation, retries with backoff, and Kisi's errors turned into `KisiError`.
 */
export class KisiHttp {
  readonly #axios: AxiosInstance
  readonly #apiKey: () => string | null
  readonly #limiter: RateLimiter
  readonly #retry: RetryPolicy
  readonly #random: () => number

  constructor(options: KisiHttpOptions) {
    this.#apiKey = options.apiKey
    this.#retry = options.retry ?? defaultRetryPolicy
    this.#random = options.random ?? Math.random
    // A slightly longer window than Kisi's one second absorbs the gap between our start and its arrival.
    this.#limiter = new RateLimiter({ limit: options.requestsPerSecond ?? 5, windowMs: 1_050 })
    this.#axios = axios.create({
      baseURL: options.baseUrl ?? defaultKisiBaseUrl,
      timeout: options.timeoutMs ?? 10_000,
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      validateStatus: () => true,
      maxRedirects: 0,
    })
  }

  async request(request: KisiRequest): Promise<KisiResponse> {
    const repeatable = request.repeatable ?? (request.method === 'GET' || request.method === 'DELETE')
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await this.#attempt(request)
      } catch (caught) {
        const error = caught instanceof KisiError ? caught : localKisiError('unknown', String(caught))
        if (attempt >= this.#retry.maxRetries || !shouldRetry(error, repeatable)) throw error
        const retryAfter = error instanceof RetryAfterError ? error.retryAfterMs : undefined
        await sleep(retryDelayMs(attempt, this.#retry, this.#random, retryAfter), request.signal)
      }
    }
  }

  async #attempt(request: KisiRequest): Promise<KisiResponse> {
    await this.#limiter.acquire(request.signal)
    if (request.limiter) await request.limiter.acquire(request.signal)
    let response
    try {
      response = await this.#axios.request({
        method: request.method,
        url: request.path,
        params: request.query ? snakeQuery(request.query) : undefined,
        data: request.body === undefined ? undefined : snakeizeKeys(request.body),
        headers: { Authorization: this.#authorization(request.auth ?? { kind: 'key' }) },
        signal: request.signal,
      })
    } catch (error) {
      throw transportError(error, request.signal)
    }
    if (response.status >= 200 && response.status < 300) {
      return {
        status: response.status,
        data: response.data === '' || response.data === undefined ? null : camelizeKeys(response.data),
        range: parseCollectionRange(response.headers['x-collection-range'] as string | undefined),
      }
    }
    const error = kisiErrorFromResponse(response.status, response.data, (request.auth ?? { kind: 'key' }).kind)
    const retryAfterMs = parseRetryAfter(response.headers['retry-after'] as string | undefined, Date.now())
    throw retryAfterMs === undefined ? error : new RetryAfterError(error, retryAfterMs)
  }

  #authorization(auth: KisiAuth): string | undefined {
    if (auth.kind === 'none') return undefined
    if (auth.kind === 'group-link') return `KISI-GROUP-LINK ${auth.secret}`
    const key = this.#apiKey()
    if (!key) throw localKisiError('not_connected')
    return `KISI-LOGIN ${key}`
  }
}

/** A KisiError that also carries Kisi's `Retry-After`, so the backoff can honour it. */
class RetryAfterError extends KisiError {
  readonly retryAfterMs: number

  constructor(error: KisiError, retryAfterMs: number) {
    super(error.toShape())
    this.retryAfterMs = retryAfterMs
  }
}

function transportError(error: unknown, signal: AbortSignal | undefined): KisiError {
  if (signal?.aborted || axios.isCancel(error)) return localKisiError('cancelled')
  if (error instanceof AxiosError) {
    if (error.code === 'ECONNABORTED' || error.code === 'ETIMEDOUT') return localKisiError('timeout')
    if (error.response === undefined) return localKisiError('network', error.code ?? error.message)
  }
  return localKisiError('unknown', error instanceof Error ? error.message : String(error))
}

function snakeQuery(query: NonNullable<KisiRequest['query']>): Record<string, string> {
  const params: Record<string, string> = {}
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null) params[camelToSnake(key)] = String(value)
  }
  return params
}
