import { z } from 'zod'
import { parseWrapped } from '../request-body'
import { callerUser, ok, type Route, type RouteRequest } from '../route-kit'
import type { LoginRecord, UserRecord } from '../sandbox-model'
import { newSecret } from '../sandbox-state'
import { denials, SandboxWireError, SandboxValidationError } from '../wire-errors'
import { presentCurrentUser, presentLogin } from '../wire-people'

const optionalText = z.string().nullish().transform((value) => value ?? null)

const loginSchema = z.object({
  type: z.enum(['api', 'device']).default('device'),
  name: optionalText,
  device_brand: optionalText,
  device_model: optionalText,
  os_name: optionalText,
  email: z.email().optional(),
  // Kisi's own how-to sends `"expire": "false"` as a string.
  expire: z.union([z.boolean(), z.enum(['true', 'false']).transform((value) => value === 'true')]).default(true),
})

const credentialsSchema = z.object({
  domain: z.string().optional(),
  email: z.string(),
  password: z.string(),
  otp_attempt: z.string().optional(),
})

type LoginInput = z.output<typeof loginSchema>

const sameText = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase()

/** Domain + email + password (+ 2FA code), with Kisi's afc5x6 codes for each failure. */
function signIn(request: RouteRequest): UserRecord {
  const { state } = request.sandbox
  const credentials = parseWrapped(request.body, 'user', credentialsSchema)
  const user = state.users.find((candidate) => sameText(candidate.email, credentials.email))
  const domainMatches = credentials.domain === undefined || sameText(credentials.domain, state.organization.domain)
  if (!user || !domainMatches || user.password === null || user.password !== credentials.password) throw new SandboxWireError(denials.wrongPassword)
  if (user.otpCode !== null) {
    if (!credentials.otp_attempt) throw new SandboxWireError(denials.otpMissing)
    if (credentials.otp_attempt !== user.otpCode) throw new SandboxWireError(denials.otpInvalid)
  }
  return user
}

/** An admin's key creating a device login for a managed user (Kisi's "log in on behalf" guide). */
function onBehalf(request: RouteRequest, input: LoginInput): UserRecord {
  if (request.caller?.kind !== 'login') throw new SandboxWireError(denials.unauthorized)
  if (!request.caller.user.admin) throw new SandboxWireError(denials.forbidden)
  const fields: Record<string, string[]> = {}
  if (input.email === undefined) fields['email'] = ["can't be blank"]
  if (input.type !== 'device') fields['type'] = ['must be device when logging in on behalf of a user']
  if (Object.keys(fields).length > 0) throw new SandboxValidationError(fields)
  const user = request.sandbox.state.users.find((candidate) => sameText(candidate.email, input.email ?? ''))
  if (!user) throw new SandboxWireError(denials.notFound)
  return user
}

function createLogin(request: RouteRequest) {
  const { state } = request.sandbox
  const input = parseWrapped(request.body, 'login', loginSchema)
  const hasCredentials = typeof request.body === 'object' && request.body !== null && 'user' in request.body
  const user = hasCredentials ? signIn(request) : onBehalf(request, input)
  const now = request.sandbox.now()
  const login: LoginRecord = {
    id: state.nextId(),
    userId: user.id,
    type: input.type,
    name: input.name,
    secret: newSecret(),
    expire: input.expire,
    deviceBrand: input.device_brand,
    deviceModel: input.device_model,
    osName: input.os_name,
    lastUsedAt: null,
    createdAt: now,
    updatedAt: now,
  }
  state.logins.push(login)
  return ok(presentLogin(state, login))
}

export const loginRoutes: Route[] = [
  { method: 'POST', pattern: '/logins', auth: 'optional', handle: createLogin },
  { method: 'GET', pattern: '/user', auth: 'user', handle: (request) => ok(presentCurrentUser(request.sandbox.state, callerUser(request))) },
]
