import { z } from 'zod'
import { errorReasonNames } from '../error-reasons'
import { errorCodes, type AppErrorShape } from '../errors'

/**
 * What every call returns across either transport. Errors travel as data because Error objects lose
 * their fields when they cross Electron's context bridge.
 */
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape }

export const appErrorShapeSchema = z.object({
  code: z.enum(errorCodes),
  message: z.string(),
  // A reason this renderer has no words for is dropped, and the code is worded instead.
  reason: z.enum(errorReasonNames).optional().catch(undefined),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  fields: z.record(z.string(), z.array(z.string())).optional(),
  retryAt: z.string().optional(),
})

export function success<T>(value: T): Result<T> {
  return { ok: true, value }
}

export function failure(error: AppErrorShape): Result<never> {
  return { ok: false, error }
}

/** What a transport answers when main cannot be reached at all. */
export const serviceUnavailable: Result<never> = failure({
  code: 'unavailable',
  message: 'The kiosk service did not answer.',
})

/** Parses an untrusted Result (from the network transport) with the call's response schema. */
export function resultSchemaFor<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: appErrorShapeSchema }),
  ])
}
