import type { KisiError } from './kisi-error'

export interface RetryPolicy {
  /** Further attempts after the first. */
  maxRetries: number
  baseDelayMs: number
  maxDelayMs: number
}

export const defaultRetryPolicy: RetryPolicy = { maxRetries: 4, baseDelayMs: 500, maxDelayMs: 8_000 }

/**
 * Exponential backoff with "equal jitter": half the delay is fixed, half random, so several kiosks
 * that failed together do not retry together. A `Retry-After` from Kisi wins when it is longer.
 */
export function retryDelayMs(attempt: number, policy: RetryPolicy, random: () => number, retryAfterMs?: number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt)
  const jittered = ceiling / 2 + random() * (ceiling / 2)
  return Math.max(jittered, retryAfterMs ?? 0)
}

/**
 * Whether trying again can help and cannot do harm. 429 means Kisi did nothing, so any method may
 * retry. 5xx and network failures may have done the work already, so only requests that are safe
 * to repeat (GET, DELETE, and POSTs the caller made idempotent) retry then. Other 4xx never retry.
 */
export function shouldRetry(error: KisiError, repeatable: boolean): boolean {
  if (error.status === 429 || error.code === 'rate_limited') return true
  if (error.code === 'cancelled' || error.code === 'invalid_response') return false
  const transient = error.status === null || error.status >= 500
  return transient && repeatable
}

/** Seconds or an HTTP date, as RFC 9110 allows; undefined when absent or unreadable. */
export function parseRetryAfter(header: string | undefined, nowMs: number): number | undefined {
  if (!header) return undefined
  const seconds = Number(header)
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000)
  const date = Date.parse(header)
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs)
}
