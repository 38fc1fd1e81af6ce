import { AppError, type ErrorParams } from '@shared/errors'
import type { ErrorReason } from '@shared/error-reasons'
import { isFieldMessageId } from '@shared/field-messages'
import { i18n, translate } from '@renderer/i18n'
import { wordParams } from './word-params'

/**
 * Any thrown value as the `AppError` the renderer works with: main's errors already are one; anything
 * else (a bug, a failed navigation) becomes `internal`, keeping its message for the console only.
 */
export function asAppError(caught: unknown): AppError {
  if (caught instanceof AppError) return caught
  return new AppError('internal', caught instanceof Error ? caught.message : String(caught))
}

/**
 * The one place an error becomes words on screen, in the screen's language: its reason with its
 * parameters, or, without one, its code. Main's `message` is never shown: it is for logs.
 */
export function describeError(error: unknown): string {
  const { code, reason, params } = asAppError(error)
  return reason ? describeReason(reason, params) : translate(`errors.codes.${code}`)
}

/** A reason with its parameters in words, also for reports that carry one (a notification's last try). */
export function describeReason(reason: ErrorReason, params: ErrorParams): string {
  const named = wordParams(params, i18n.global.locale.value)
  return typeof named['count'] === 'number' ? translate(`errors.reasons.${reason}`, named, named['count']) : translate(`errors.reasons.${reason}`, named)
}

/** One field's problem in words: a field message id from shared/, or Kisi's own words for its fields. */
export function describeFieldMessage(message: string): string {
  return isFieldMessageId(message) ? translate(`fieldMessages.${message}`) : message
}
