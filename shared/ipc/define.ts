import { z } from 'zod'
import type { AccessLevel } from '../schemas/staff-access'

/** One request/response call: who may make it, what it takes and what it answers. */
export interface CallDefinition<Request extends z.ZodType = z.ZodType, Response extends z.ZodType = z.ZodType> {
  readonly access: AccessLevel
  readonly request: Request
  readonly response: Response
}

export function defineCall<Request extends z.ZodType, Response extends z.ZodType>(
  definition: CallDefinition<Request, Response>,
): CallDefinition<Request, Response> {
  return definition
}

/** The request of a call that takes nothing. Unknown keys are refused so typos surface. */
export const noRequest = z.object({}).strict()

export const noResponse = z.null()
