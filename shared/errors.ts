import type { ErrorReason, ReasonParams } from './error-reasons'

/**
 * Error codes that cross the process boundary: what kind of failure it was, for logic on both sides
 * (refused or failed in the audit trail, "try again later" or "fix the form" on screen). What exactly
 * happened is the error's reason.
 */
export const errorCodes = [
  'invalid_request',
  'unknown_call',
  'unauthorized',
  'staff_locked',
  'forbidden',
  'pin_incorrect',
  'pin_locked',
  'pins_not_set',
  'pins_already_set',
  'not_found',
  'conflict',
  'not_available',
  /** Too many calls in a short time from the visitor's side; `retryAt` says when to try again. */
  'throttled',
  'kisi_not_connected',
  'kisi_refused',
  'kisi_unreachable',
  'unavailable',
  'internal',
] as const

export type ErrorCode = (typeof errorCodes)[number]

export type ErrorParams = Record<string, string | number>

/**
 * One failure, as data. `message` is an English line for logs, the audit trail and scripts; screens
 * never show it but word the `reason` (or, without one, the `code`) from the locale files.
 */
export interface AppErrorShape {
  code: ErrorCode
  message: string
  reason?: ErrorReason | undefined
  params?: ErrorParams | undefined
  /**
   * Per-field problems, keyed by the field's dotted path from the request's root (`visitor.email`).
   * Each is a field message id (shared/field-messages.ts), or Kisi's own words for its fields.
   */
  fields?: Record<string, string[]> | undefined
  /** When the caller may try again (ISO 8601), for lock-outs and rate limits. */
  retryAt?: string | undefined
}

export class AppError extends Error {
  readonly code: ErrorCode
  readonly reason: ErrorReason | undefined
  readonly params: ErrorParams
  readonly fields: Record<string, string[]> | undefined
  readonly retryAt: string | undefined

  constructor(code: ErrorCode, message: string, extra: Omit<AppErrorShape, 'code' | 'message'> = {}) {
    super(message)
    this.name = 'AppError'
    this.code = code
    this.reason = extra.reason
    this.params = extra.params ?? {}
    this.fields = extra.fields
    this.retryAt = extra.retryAt
  }

  /** The error again on the far side of the boundary, where it arrived as data. */
  static fromShape({ code, message, ...extra }: AppErrorShape): AppError {
    return new AppError(code, message, extra)
  }

  toShape(): AppErrorShape {
    return {
      code: this.code,
      message: this.message,
      ...(this.reason ? { reason: this.reason } : {}),
      ...(Object.keys(this.params).length > 0 ? { params: this.params } : {}),
      ...(this.fields ? { fields: this.fields } : {}),
      ...(this.retryAt ? { retryAt: this.retryAt } : {}),
    }
  }
}

/**
 * A failure with its reason: the parameters are checked against what the reason's words use, and
 * `log` is the English line for logs and the audit trail.
 */
export function failedBecause<Reason extends ErrorReason>(
  code: ErrorCode,
  reason: Reason,
  params: ReasonParams<Reason>,
  log: string,
  extra: Pick<AppErrorShape, 'fields' | 'retryAt'> = {},
): AppError {
  return new AppError(code, log, { reason, params, ...extra })
}
