import type { z } from 'zod'
import { AppError } from '@shared/errors'

export type FieldErrors = Record<string, string>

/** First message per field, from a local schema check or from main's `invalid_request` answer. */
export function fieldErrorsOf(error: z.ZodError | unknown): FieldErrors {
  const errors: FieldErrors = {}
  if (error instanceof AppError) {
    for (const [field, messages] of Object.entries(error.fields ?? {})) if (messages[0]) errors[field] = messages[0]
  } else if (isZodError(error)) {
    for (const issue of error.issues) errors[issue.path.join('.')] ??= issue.message
  }
  return errors
}

function isZodError(error: unknown): error is z.ZodError {
  return typeof error === 'object' && error !== null && 'issues' in error && Array.isArray(error.issues)
}
