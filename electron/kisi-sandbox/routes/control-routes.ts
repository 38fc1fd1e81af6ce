import { z } from 'zod'
import { type FaultControl, faultPatchSchema } from '../fault-settings'
import { fieldErrors } from '../request-body'
import { matchRoute } from '../route-kit'
import { removeWhere, type SandboxState } from '../sandbox-state'

export const controlPathPrefix = '/__sandbox/'

export interface ControlReply {
  status: number
  body: unknown
}

const controlRoutes = [
  { method: 'GET', pattern: '/__sandbox/faults' },
  { method: 'POST', pattern: '/__sandbox/faults' },
  { method: 'POST', pattern: '/__sandbox/reset' },
  { method: 'POST', pattern: '/__sandbox/revoke-key' },
]

const revokeSchema = z.object({ secret: z.string().min(1) }).strict()

/**
 * Test hooks for other processes (not part of Kisi's API): read or patch the fault settings, reset
 * them to none, or revoke a login secret (what a changed Kisi password does to its keys). They
 * bypass faults and rate limits so a test can always switch faults off.
 */
export function handleControl(faults: FaultControl, state: SandboxState, method: string, pathname: string, body: unknown): ControlReply {
  const match = matchRoute(controlRoutes, method, pathname)
  if (!match) return { status: 404, body: { error: 'Unknown sandbox control path.', code: '000404' } }
  if (match.route.pattern === '/__sandbox/reset') faults.reset()
  if (match.route.pattern === '/__sandbox/revoke-key') {
    const request = revokeSchema.safeParse(body)
    if (!request.success) return { status: 422, body: { errors: { secret: ['is required'] } } }
    const revoked = removeWhere(state.logins, (login) => login.secret === request.data.secret)
    return { status: revoked.length > 0 ? 200 : 404, body: { revoked: revoked.length } }
  }
  if (method === 'POST' && match.route.pattern === '/__sandbox/faults') {
    const patch = faultPatchSchema.safeParse(body ?? {}, { reportInput: true })
    if (!patch.success) return { status: 422, body: { errors: fieldErrors(patch.error, 'faults', 0) } }
    faults.set(patch.data)
  }
  return { status: 200, body: faults.get() }
}
