import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { isUsableControlToken } from './control-token'
import { demoCredentials, seedDemoOrganization } from './demo-seed'
import { createFaultInjector, type FaultControl, type FaultSettings } from './fault-settings'
import type { Route, SandboxContext } from './route-kit'
import { cardRoutes } from './routes/card-routes'
import { eventSetRoutes } from './routes/event-set-routes'
import { groupLinkRoutes } from './routes/group-link-routes'
import { groupLockRoutes } from './routes/group-lock-routes'
import { groupRoutes } from './routes/group-routes'
import { lockRoutes } from './routes/lock-routes'
import { loginRoutes } from './routes/login-routes'
import { roleAssignmentRoutes } from './routes/role-assignment-routes'
import { userRoutes } from './routes/user-routes'
import { type SandboxLogger, stderrLogger } from './sandbox-logger'
import { createSandboxHandler } from './sandbox-server'
import { removeWhere, SandboxState } from './sandbox-state'

export type { FaultSettings } from './fault-settings'
export type { SandboxLogger } from './sandbox-logger'
export { SandboxState } from './sandbox-state'

export interface SandboxOptions {
  /** 0 (default) picks a free port. */
  port?: number
  faults?: Partial<FaultSettings>
  /** Injectable for deterministic fault tests; default Math.random. */
  random?: () => number
  /** Requests per second per user (per IP without sign-in); default 5, Kisi's limit. */
  rateLimitPerSecond?: number
  /** `POST /event_sets` per second per user; default 1, Kisi's limit. Raise it only to speed up tests. */
  eventSetsPerSecond?: number
  /** How long a new event set stays in_progress; default 300 ms. */
  eventSetDelayMs?: number
  /** Where unexpected handler errors are reported; default stderr. */
  logger?: SandboxLogger
  /**
   * Turns on the `/__sandbox/*` control routes (faults, reset, revoke-key), which then require
   * `Authorization: Bearer <controlToken>`. Without it those paths do not exist (404, like any
   * unknown route): the app's demo runs so, and tests in the same process use `faults` instead.
   */
  controlToken?: string
}

export interface SandboxAccount {
  domain: string
  email: string
  password: string
}

export interface KisiSandbox {
  /** e.g. http://127.0.0.1:43123 (no trailing slash). */
  readonly url: string
  readonly port: number
  /** The demo admin's ready-made API key (login secret). */
  readonly apiKey: string
  /** The sandbox's stand-in for `https://web.kisi.io/grouplinks/`: append a link's secret. */
  readonly accessLinkBaseUrl: string
  readonly admin: SandboxAccount
  readonly adminWith2fa: SandboxAccount & { otp: string }
  readonly faults: FaultControl
  readonly state: SandboxState
  /** Makes a login secret invalid (401 afterwards), as a changed Kisi password does. */
  revokeKey(secret: string): void
  close(): Promise<void>
}

const apiRoutes: readonly Route[] = [
  ...loginRoutes,
  ...lockRoutes,
  ...groupRoutes,
  ...groupLockRoutes,
  ...userRoutes,
  ...roleAssignmentRoutes,
  ...groupLinkRoutes,
  ...cardRoutes,
  ...eventSetRoutes,
]

function checkOptions(options: SandboxOptions): void {
  const { port = 0, rateLimitPerSecond = 5, eventSetsPerSecond = 1, eventSetDelayMs = 0 } = options
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new RangeError(`port must be a whole number from 0 to 65535 (got ${port})`)
  for (const [name, value] of Object.entries({ rateLimitPerSecond, eventSetsPerSecond })) {
    if (!Number.isInteger(value) || value < 1) throw new RangeError(`${name} must be a whole number of at least 1 (got ${value})`)
  }
  if (!Number.isFinite(eventSetDelayMs) || eventSetDelayMs < 0) throw new RangeError(`eventSetDelayMs must be 0 or more (got ${eventSetDelayMs})`)
  if (options.controlToken !== undefined && !isUsableControlToken(options.controlToken)) {
    throw new RangeError('controlToken must be at least 16 printable characters without spaces')
  }
}

/** A local Kisi on 127.0.0.1, seeded with the demo organisation, speaking api.kisi.io's wire format. */
export async function startKisiSandbox(options: SandboxOptions = {}): Promise<KisiSandbox> {
  checkOptions(options)
  const faults = createFaultInjector(options.faults)
  const state = new SandboxState()
  const context: SandboxContext = {
    state,
    now: () => Date.now() + faults.get().clockSkewMs,
    realNow: () => Date.now(),
    eventSetDelayMs: options.eventSetDelayMs ?? 300,
  }
  const { apiKey } = seedDemoOrganization(state, context.now())
  const closing = new AbortController()
  let port = options.port ?? 0
  const server = createServer(
    createSandboxHandler({
      context,
      routes: apiRoutes,
      faults,
      random: options.random ?? Math.random,
      rateLimitPerSecond: options.rateLimitPerSecond ?? 5,
      eventSetsPerSecond: options.eventSetsPerSecond ?? 1,
      logger: options.logger ?? stderrLogger,
      controlToken: options.controlToken ?? null,
      port: () => port,
      closing: closing.signal,
    }),
  )
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve())
  })
  port = (server.address() as AddressInfo).port
  const url = `http://127.0.0.1:${port}`
  const account = { domain: demoCredentials.domain, password: demoCredentials.password }

  return {
    url,
    port,
    apiKey,
    accessLinkBaseUrl: `${url}/grouplinks/`,
    admin: { ...account, email: demoCredentials.adminEmail },
    adminWith2fa: { ...account, email: demoCredentials.securityEmail, otp: demoCredentials.otp },
    faults: { get: faults.get, set: faults.set, reset: faults.reset },
    state,
    revokeKey: (secret) => void removeWhere(state.logins, (login) => login.secret === secret),
    close: async () => {
      closing.abort()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
