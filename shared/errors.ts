/**
 * Error codes that cross the process boundary. The renderer turns each into words for the person at
 * the screen, so a code names what happened, never how the code failed.
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
  'kisi_not_connected',
  'kisi_refused',
  'kisi_unreachable',
  'unavailable',
  'internal',
] as const

export type ErrorCode = (typeof errorCodes)[number]

export interface AppErrorShape {
  code: ErrorCode
  message: string
  /** Per-field messages, keyed by the dotted path of the field. */
  fields?: Record<string, string[]>
  /** When the caller may try again (ISO 8601), for lock-outs and rate limits. */
  retryAt?: string
}

export class AppError extends Error {
  readonly code: ErrorCode
  readonly fields: Record<string, string[]> | undefined
  readonly retryAt: string | undefined

  constructor(code: ErrorCode, message: string, extra: Omit<AppErrorShape, 'code' | 'message'> = {}) {
    super(message)
    this.name = 'AppError'
    this.code = code
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
      ...(this.fields ? { fields: this.fields } : {}),
      ...(this.retryAt ? { retryAt: this.retryAt } : {}),
    }
  }
}
