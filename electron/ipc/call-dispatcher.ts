import type { z } from 'zod'
import { AppError, type AppErrorShape } from '@shared/errors'
import { fieldMessageFallback, fieldProblemsOf } from '@shared/field-messages'
import { calls, isCallName, type CallName, type Calls, type ParsedRequest } from '@shared/ipc/contract'
import { failure, success, type Result } from '@shared/ipc/result'
import type { AccessLevel } from '@shared/schemas/staff-access'
import type { Logger } from '../services/ports'

export type CallHandler<Name extends CallName> = (
  request: ParsedRequest<Name>,
) => Promise<z.input<Calls[Name]['response']>> | z.input<Calls[Name]['response']>

export type CallHandlers = { [Name in CallName]: CallHandler<Name> }

export interface AccessGuard {
  /** Throws an AppError when the current caller may not make a call of this level. */
  authorize(level: AccessLevel): void
}

export type Dispatch = (name: string, payload: unknown) => Promise<Result<unknown>>

const genericFailure = 'The kiosk failed to answer this call.'

/**
 * The single entry for every call, whichever transport carried it: check access, parse the payload
 * with the contract's schema, run the handler, and parse the answer too so nothing outside the
 * contract (a PIN hash, a key) can leak. Failures come back as data, never as a stack trace.
 * Visitor-side rate limits are not here but in the visitor desk: they depend on what a call means
 * (a check-out by name or by scanned pass, a wrong invited address), which only the desk knows.
 */
export function createCallDispatcher(handlers: CallHandlers, guard: AccessGuard, logger: Logger): Dispatch {
  return async (name, payload) => {
    if (!isCallName(name)) {
      return failure({ code: 'unknown_call', message: `There is no call named "${name.slice(0, 80)}".` })
    }
    const definition = calls[name]
    try {
      guard.authorize(definition.access)
      const parsed = definition.request.safeParse(payload, fieldMessageFallback)
      if (!parsed.success) return failure(invalidRequest(name, parsed.error))
      const handler = handlers[name] as (request: unknown) => unknown
      const answer = definition.response.safeParse(await handler(parsed.data))
      if (!answer.success) {
        logger.error('A handler answered outside the contract', { call: name, issues: answer.error.issues.length })
        return failure({ code: 'internal', message: genericFailure })
      }
      return success(answer.data)
    } catch (error) {
      if (error instanceof AppError) return failure(error.toShape())
      logger.error('A call failed', { call: name, error: error instanceof Error ? (error.stack ?? error.message) : String(error) })
      return failure({ code: 'internal', message: genericFailure })
    }
  }
}

function invalidRequest(name: CallName, error: z.ZodError): AppErrorShape {
  const fields = fieldProblemsOf(error.issues)
  const summary = Object.entries(fields)
    .map(([field, messages]) => `${field}: ${messages.join('; ')}`)
    .join(', ')
  return { code: 'invalid_request', message: `The request for ${name} is not valid. ${summary}`, fields }
}
