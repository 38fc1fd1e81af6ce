import type { z } from 'zod'
import { AppError } from '@shared/errors'
import { fieldProblemsOf } from '@shared/field-messages'
import { describeFieldMessage } from '@renderer/words/describe-error'

/** The first problem of each field, in words, keyed by the field's dotted path from the request's root. */
export type FieldErrors = Record<string, string>

/**
 * From main's `invalid_request` answer, or from a local check of the same shared schema; `prefix` is
 * where the locally checked value sits in its request (`['visitor']`), so both name a field alike.
 */
export function fieldErrorsOf(error: unknown, prefix: readonly PropertyKey[] = []): FieldErrors {
  const problems = error instanceof AppError ? (error.fields ?? {}) : isZodError(error) ? fieldProblemsOf(error.issues, prefix) : {}
  return Object.fromEntries(Object.entries(problems).flatMap(([path, [first]]) => (first ? [[path, describeFieldMessage(first)]] : [])))
}

function isZodError(error: unknown): error is z.ZodError {
  return typeof error === 'object' && error !== null && 'issues' in error && Array.isArray(error.issues)
}
