import type { IncomingMessage, ServerResponse } from 'node:http'
import { setTimeout as delay } from 'node:timers/promises'
import { accessLinkPageHeaders } from './access-link-page'
import { authenticate, quotaKey } from './authentication'
import { carriesControlToken } from './control-token'
import type { FaultInjector } from './fault-settings'
import { type BodyReading, namesLoopbackHost, readJsonBody } from './request-guards'
import { createRequestQuota, type RequestQuota } from './request-quota'
import { matchRoute, type Route, type RouteReply, type SandboxContext } from './route-kit'
import { handleAccessLinkPage } from './routes/access-link-routes'
import { controlPathPrefix, handleControl } from './routes/control-routes'
import type { SandboxLogger } from './sandbox-logger'
import { type Denial, denials, SandboxWireError, SandboxValidationError } from './wire-errors'

export interface SandboxHandlerOptions {
  context: SandboxContext
  routes: readonly Route[]
  faults: FaultInjector
  random: () => number
  rateLimitPerSecond: number
  eventSetsPerSecond: number
  logger: SandboxLogger
  /** Turns the control routes on and is the bearer token they require; null: they do not exist. */
  controlToken: string | null
  /** The port the server listens on, once known: control requests must name it in Host. */
  port(): number
  /** Aborted on close, so pending latency delays do not keep the process alive. */
  closing: AbortSignal
}

const bodyLimitBytes = 1024 * 1024

/** How an API answer is sent, once the request has been carried out. */
type Answer = (response: ServerResponse) => void
const jsonHeaders = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }

function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { ...jsonHeaders, ...headers })
  response.end(JSON.stringify(body))
}

function sendDenial(response: ServerResponse, denial: Denial, message = denial.message): void {
  sendJson(response, denial.status, { error: message, code: denial.code })
}

function sendReply(response: ServerResponse, reply: RouteReply): void {
  if (reply.status === 204) {
    response.writeHead(204, { 'cache-control': 'no-store' })
    response.end()
    return
  }
  const range: Record<string, string> = reply.collectionRange === undefined ? {} : { 'x-collection-range': reply.collectionRange, 'access-control-expose-headers': 'X-Collection-Range' }
  sendJson(response, 200, reply.body, range)
}

/**
 * The request pipeline: control routes (when on) and the access-link page first (no faults, no quota), then
 * for the API: injected faults → per-user quota → route → own quota → body → auth → handler → the
 * answer, unless a fault loses it.
 */
export function createSandboxHandler(options: SandboxHandlerOptions): (request: IncomingMessage, response: ServerResponse) => void {
  const { context, routes, faults, random, logger, closing } = options
  const userQuota = createRequestQuota(options.rateLimitPerSecond)
  const ownQuotas: Record<NonNullable<Route['ownQuota']>, RequestQuota> = { 'event-sets': createRequestQuota(options.eventSetsPerSecond) }

  /**
   * Carries an API request out: per-user quota → route → own quota → body → auth → handler. Resolves
   * to how the answer is sent, so a fault can carry a request out and still lose its answer.
   */
  async function carryOut(request: IncomingMessage, method: string, url: URL, key: string, readBody: () => Promise<BodyReading>): Promise<Answer> {
    if (!userQuota.tryTake(key, context.realNow())) return (response) => sendDenial(response, denials.tooManyRequests)
    const match = matchRoute(routes, method, url.pathname)
    if (!match) return (response) => sendDenial(response, denials.notFound)
    const { route, params } = match
    if (route.ownQuota !== undefined && !ownQuotas[route.ownQuota].tryTake(key, context.realNow())) {
      return (response) => sendDenial(response, denials.tooManyRequests)
    }

    const body = await readBody()
    if (body.kind !== 'json') {
      const message = body.kind === 'too-large' ? 'The request body is too large.' : 'The request body is not valid JSON.'
      return (response) => sendDenial(response, denials.badRequest, message)
    }
    try {
      const caller = authenticate(context.state, request.headers, route.auth)
      if (caller?.kind === 'login') caller.login.lastUsedAt = context.now()
      const reply = route.handle({ params, query: url.searchParams, body: body.value, caller, sandbox: context })
      return (response) => sendReply(response, reply)
    } catch (error) {
      if (error instanceof SandboxValidationError) {
        const { fields, denial } = error
        return (response) => sendJson(response, 422, { errors: fields, ...(denial ? { error: denial.message, code: denial.code } : {}) })
      }
      if (error instanceof SandboxWireError) {
        const { status, message, code } = error
        return (response) => sendJson(response, status, { error: message, code })
      }
      throw error
    }
  }

  /**
   * A late create: Kisi has the whole request now and acts on it `delayMs` later, whatever became of
   * the client; the client is left without an answer once the latency (if any) has passed.
   */
  async function serveLate(request: IncomingMessage, method: string, url: URL, delayMs: number): Promise<void> {
    const key = quotaKey(context.state, request.headers, request.socket.remoteAddress)
    const body = await readJsonBody(request, bodyLimitBytes)
    const carried = delay(delayMs, undefined, { signal: closing }).then(() => carryOut(request, method, url, key, async () => body))
    const { latencyMs } = faults.get()
    if (latencyMs > 0) await delay(latencyMs, undefined, { signal: closing })
    request.socket.destroy()
    await carried
  }

  async function serveApi(request: IncomingMessage, response: ServerResponse, method: string, url: URL): Promise<void> {
    const fault = faults.next(random, method)
    if (fault.kind === 'late') return serveLate(request, method, url, fault.delayMs)
    const { latencyMs } = faults.get()
    if (latencyMs > 0) await delay(latencyMs, undefined, { signal: closing })
    if (fault.kind === 'drop') {
      request.socket.destroy()
      return
    }
    if (fault.kind === 'deny') return sendDenial(response, fault.denial)

    const key = quotaKey(context.state, request.headers, request.socket.remoteAddress)
    const answer = await carryOut(request, method, url, key, () => readJsonBody(request, bodyLimitBytes))
    if (fault.kind === 'lose-answer') request.socket.destroy()
    else answer(response)
  }

  async function serveControl(request: IncomingMessage, response: ServerResponse, method: string, pathname: string, token: string): Promise<void> {
    // A web page the visitor opens must not be able to switch faults through DNS rebinding.
    if (!namesLoopbackHost(request.headers.host, options.port())) return sendDenial(response, denials.forbidden)
    // A cross-site form can POST text/plain here without a preflight, but it cannot add this header.
    if (!carriesControlToken(request.headers, token)) {
      const body = { error: 'Sandbox control needs Authorization: Bearer <KISI_SANDBOX_CONTROL_TOKEN>.', code: denials.unauthorized.code }
      return sendJson(response, 401, body, { 'www-authenticate': 'Bearer realm="kisi-sandbox-control"' })
    }
    const body = await readJsonBody(request, bodyLimitBytes)
    if (body.kind !== 'json') return sendDenial(response, denials.badRequest, 'The request body is not valid JSON.')
    const reply = handleControl(faults, context.state, method, pathname, body.value)
    return sendJson(response, reply.status, reply.body)
  }

  async function serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://sandbox.invalid')
    const method = (request.method ?? 'GET').toUpperCase()
    // Without a token the control routes do not exist: the path goes on to the API and its 404.
    const { controlToken } = options
    if (controlToken !== null && url.pathname.startsWith(controlPathPrefix)) return serveControl(request, response, method, url.pathname, controlToken)
    const page = handleAccessLinkPage(context, method, url.pathname)
    if (page) {
      request.resume()
      response.writeHead(page.status, accessLinkPageHeaders)
      response.end(page.html)
      return
    }
    return serveApi(request, response, method, url)
  }

  return (request, response) => {
    serve(request, response).catch((error: unknown) => {
      if (closing.aborted) return
      // No path in the log line: access-link paths carry the link's secret.
      logger.error('Kisi sandbox request failed', { method: request.method, error: error instanceof Error ? error.message : String(error) })
      if (!response.headersSent) sendDenial(response, { ...denials.unexpected, status: 500 })
    })
  }
}
