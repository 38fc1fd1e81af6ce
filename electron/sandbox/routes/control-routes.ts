import { type FaultControl, faultPatchSchema } from '../fault-settings'
import { fieldErrors } from '../request-body'
import { matchRoute } from '../route-kit'

export const controlPathPrefix = '/__sandbox/'

export interface ControlReply {
  status: number
  body: unknown
}

const controlRoutes = [
  { method: 'GET', pattern: '/__sandbox/faults' },
  { method: 'POST', pattern: '/__sandbox/faults' },
  { method: 'POST', pattern: '/__sandbox/reset' },
]

/**
 * Test hooks for other processes (not part of Kisi's API): read or patch the fault settings, or
 * reset them to none. They bypass faults and rate limits so a test can always switch faults off.
 */
export function handleControl(faults: FaultControl, method: string, pathname: string, body: unknown): ControlReply {
  const match = matchRoute(controlRoutes, method, pathname)
  if (!match) return { status: 404, body: { error: 'Unknown sandbox control path.', code: '000404' } }
  if (match.route.pattern === '/__sandbox/reset') faults.reset()
  if (method === 'POST' && match.route.pattern === '/__sandbox/faults') {
    const patch = faultPatchSchema.safeParse(body ?? {}, { reportInput: true })
    if (!patch.success) return { status: 422, body: { errors: fieldErrors(patch.error, 'faults', 0) } }
    faults.set(patch.data)
  }
  return { status: 200, body: faults.get() }
}
