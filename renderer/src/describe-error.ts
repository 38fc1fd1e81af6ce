import { AppError } from '@shared/errors'

/**
 * Any thrown value as the `AppError` the renderer works with: main's errors already are one; anything
 * else (a bug, a failed navigation) becomes `internal`, keeping its message.
 */
export function toAppError(caught: unknown): AppError {
  if (caught instanceof AppError) return caught
  return new AppError('internal', caught instanceof Error ? caught.message : 'Something went wrong. Please try again.')
}

/**
 * The one place an error becomes words on screen. Today those are main's own words; when the words
 * move to the locale files, this looks them up by the error's code and parameters instead.
 */
export function describeError(error: unknown): string {
  return toAppError(error).message
}
