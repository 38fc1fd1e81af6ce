import { AppError, failedBecause } from '@shared/errors'
import { kisiErrorCatalog, type ErrorWording } from './kisi-error-catalog'

/** Our own codes for failures that never reached, or never came back from, Kisi. */
export type LocalKisiCode =
  | 'not_connected'
  | 'network'
  | 'timeout'
  | 'cancelled'
  | 'invalid_response'
  | 'rate_limited'
  | 'server'
  | 'unknown'

export interface KisiErrorShape {
  /** HTTP status, or null when no response arrived. */
  status: number | null
  /** Kisi's code (e.g. `bb5bff`) or one of ours. */
  code: string
  message: string
  hint: string
  /** Kisi's 422 field messages, keyed by snake_case field name as Kisi sent them. */
  fields?: Record<string, string[]>
}

/** The one error the Kisi client throws. Its text is for staff; the code is for logic. */
export class KisiError extends Error implements KisiErrorShape {
  readonly status: number | null
  readonly code: string
  readonly hint: string
  readonly fields: Record<string, string[]> | undefined

  constructor(shape: KisiErrorShape) {
    super(shape.message)
    this.name = 'KisiError'
    this.status = shape.status
    this.code = shape.code
    this.hint = shape.hint
    this.fields = shape.fields
  }

  toShape(): KisiErrorShape {
    return { status: this.status, code: this.code, message: this.message, hint: this.hint, ...(this.fields ? { fields: this.fields } : {}) }
  }
}

const keyInvalid: ErrorWording = {
  message: 'The Kisi API key is no longer valid.',
  hint: 'A changed Kisi password invalidates its keys. A manager can reconnect Kisi on the Kisi tab of the staff console.',
}

const linkInvalid: ErrorWording = {
  message: 'This access link is no longer valid: it was revoked or has expired.',
  hint: 'Check the visit, and issue a new link if the visitor should still have access.',
}

const byStatus: Record<number, ErrorWording> = {
  400: { message: 'Kisi did not understand the request.', hint: 'This is likely a kiosk bug; please report it.' },
  403: { message: 'Kisi does not allow this key to do that.', hint: 'Connect Kisi with an administrator’s key.' },
  404: { message: 'Kisi could not find it; it may have been deleted.', hint: 'Refresh and try again.' },
  409: { message: 'Kisi refused because of a conflict with the current state.', hint: 'Refresh and try again.' },
  422: { message: 'Kisi did not accept the data.', hint: 'Correct the fields named and try again.' },
  429: { message: 'Kisi is receiving too many requests right now.', hint: 'Wait a few seconds and try again.' },
}
const serverTrouble: ErrorWording = { message: 'Kisi is having problems right now.', hint: 'Try again in a moment.' }

/** Login codes keep their own words on a 401: they are about the credentials typed, not the key. */
const credentialCodes = new Set(['afc507', 'afc516', 'afc526', 'afc536', 'afc546'])

/**
 * Builds the error for an HTTP answer outside 2xx, from Kisi's `{error, code}` or `{errors}` body.
 * A 401 is about whatever authenticated the request: the kiosk's key, or a visitor's access link.
 */
export function kisiErrorFromResponse(status: number, body: unknown, authenticatedBy: 'key' | 'group-link' | 'none' = 'key'): KisiError {
  const code = readString(body, 'code')
  const fields = status === 422 ? readFields(body) : undefined
  const catalogued = code ? kisiErrorCatalog[code] : undefined
  const unauthorized = status === 401 && !(code && credentialCodes.has(code))
  const wording = unauthorized
    ? authenticatedBy === 'group-link'
      ? linkInvalid
      : keyInvalid
    : (catalogued ?? byStatus[status] ?? (status >= 500 ? serverTrouble : fallback(readString(body, 'error'))))
  return new KisiError({ status, code: code ?? (status >= 500 ? 'server' : `http_${status}`), ...wording, ...(fields ? { fields } : {}) })
}

export function localKisiError(code: LocalKisiCode, detail?: string): KisiError {
  const wording: Record<LocalKisiCode, ErrorWording> = {
    not_connected: { message: 'Kisi is not connected.', hint: 'A manager can connect Kisi on the Kisi tab of the staff console.' },
    network: { message: 'The kiosk cannot reach Kisi.', hint: 'Check the internet connection; the kiosk keeps retrying.' },
    timeout: { message: 'Kisi did not answer in time.', hint: 'Try again; if it keeps happening, check the connection.' },
    cancelled: { message: 'The request to Kisi was cancelled.', hint: 'No action needed.' },
    invalid_response: { message: 'Kisi sent an answer the kiosk does not understand.', hint: 'Please report this; the kiosk may need an update.' },
    rate_limited: byStatus[429] ?? serverTrouble,
    server: serverTrouble,
    unknown: { message: 'Something went wrong talking to Kisi.', hint: 'Try again.' },
  }
  const chosen = wording[code]
  return new KisiError({ status: null, code, message: detail ? `${chosen.message} (${detail})` : chosen.message, hint: chosen.hint })
}

function fallback(kisiMessage: string | undefined): ErrorWording {
  return { message: kisiMessage ? `Kisi refused: ${kisiMessage}` : 'Kisi refused the request.', hint: 'Try again, or check the Kisi dashboard.' }
}

function readString(body: unknown, key: string): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined
  const value = (body as Record<string, unknown>)[key]
  return typeof value === 'string' && value.length > 0 ? value : undefined
}

function readFields(body: unknown): Record<string, string[]> | undefined {
  const errors = typeof body === 'object' && body !== null ? (body as Record<string, unknown>)['errors'] : undefined
  if (typeof errors !== 'object' || errors === null) return undefined
  const fields: Record<string, string[]> = {}
  for (const [field, messages] of Object.entries(errors)) {
    fields[field] = Array.isArray(messages) ? messages.map(String) : [String(messages)]
  }
  return fields
}

/**
 * Whether Kisi did not act, or may not have: no answer, a 5xx, a rate limit, a key it no longer
 * accepts (fixed by reconnecting), or no usable key at all (not connected, or a stored key that
 * could not be opened: fixed by connecting). Waiting and trying again can help; any other refusal cannot.
 */
export function isTransientKisiFailure(error: unknown): boolean {
  if (error instanceof AppError) return error.code === 'kisi_not_connected'
  if (!(error instanceof KisiError) || error.code === 'cancelled' || error.code === 'invalid_response') return false
  if (error.status === null || error.status === 429 || error.status >= 500) return true
  return error.status === 401 && error.code !== 'f29aef'
}

/**
 * Whether a write got no answer from Kisi itself (no answer in time, a dropped connection, a gateway's
 * 502/504 while Kisi may still be at work): Kisi may carry it out later still, after any lookup.
 */
export function isUnansweredWrite(error: unknown): boolean {
  if (!(error instanceof KisiError)) return false
  if (error.status === null) return ['network', 'timeout', 'cancelled', 'unknown'].includes(error.code)
  return error.status === 502 || error.status === 504
}

/** Kisi refused to make an access link because its group does not exist (any more): 404, or 422 naming the group. */
export function refusedForMissingGroup(error: unknown): boolean {
  if (!(error instanceof KisiError)) return false
  return error.status === 404 || (error.status === 422 && Object.keys(error.fields ?? {}).some((field) => field === 'group' || field === 'group_id'))
}

/** Kisi's error in the contract's terms: refused (its answer) or unreachable (no answer). */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error
  if (!(error instanceof KisiError)) return new AppError('internal', 'Something went wrong talking to Kisi.')
  const message = `${error.message} ${error.hint}`
  // Staff read Kisi's codes in the catalogue's words, which main still owns (see error-reasons.ts).
  const params = { kisiCode: error.code, kisiMessage: error.message, kisiHint: error.hint }
  // A 401 on a sign-in is about the credentials typed (afc…), not about the kiosk's key.
  if (error.status === 401 && error.code !== 'f29aef' && !error.code.startsWith('afc')) return failedBecause('kisi_not_connected', 'kisiKeyRefused', params, message)
  if (error.status === null || error.status >= 500 || error.status === 429) return failedBecause('kisi_unreachable', 'kisiUnreachable', params, message)
  return failedBecause('kisi_refused', 'kisiRefused', params, message, error.fields ? { fields: error.fields } : {})
}
