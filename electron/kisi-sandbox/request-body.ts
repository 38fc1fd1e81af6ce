import { z } from 'zod'
import { SandboxValidationError } from './wire-errors'

/** An RFC 3339 time with a zone (Z or an offset), turned into epoch milliseconds. */
export const wireTimeInput = z.iso.datetime({ offset: true }).transform((value) => Date.parse(value))

/** Rails-style wording, so 422 bodies read like Kisi's (`{"email": ["can't be blank"]}`). */
function messageFor(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.input === undefined) return "can't be blank"
  if (issue.code === 'invalid_type' || issue.code === 'invalid_format' || issue.code === 'invalid_value' || issue.code === 'invalid_union') return 'is invalid'
  return issue.message
}

/**
 * Collects zod issues as Kisi's `errors` object, keyed by the field path below the first `skip`
 * levels (1 = below the wrapper); an issue about those levels themselves is filed under `fallback`.
 */
export function fieldErrors(error: z.ZodError, fallback: string, skip = 1): Record<string, string[]> {
  const fields: Record<string, string[]> = {}
  for (const issue of error.issues) {
    const field = issue.path.slice(skip).join('.') || fallback
    const messages = (fields[field] ??= [])
    const message = messageFor(issue)
    if (!messages.includes(message)) messages.push(message)
  }
  return fields
}

/**
 * Kisi wraps request bodies in the resource name (`{group_link: {...}}`). Unknown keys are dropped,
 * as Rails' strong parameters do; invalid or missing ones become a 422.
 */
export function parseWrapped<T extends z.ZodType>(body: unknown, wrapper: string, schema: T): z.output<T> {
  const result = z.object({ [wrapper]: schema }).safeParse(body, { reportInput: true })
  if (!result.success) throw new SandboxValidationError(fieldErrors(result.error, wrapper))
  return (result.data as Record<string, z.output<T>>)[wrapper] as z.output<T>
}

export function requireValid(fields: Record<string, string[]>): void {
  if (Object.keys(fields).length > 0) throw new SandboxValidationError(fields)
}
