import { readFile } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { WebSocketServer } from 'ws'
import type { AppErrorShape } from '@shared/errors'
import type { EventName } from '@shared/ipc/events'
import type { Dispatch } from '../ipc/call-dispatcher'
import type { EventBus } from '../ipc/event-bus'
import type { Logger } from '../services/ports'
import { contentSecurityPolicy } from '../security/content-security-policy'
import { contentTypeOf } from '../security/content-type'
import { resolveStaticPath } from '../security/static-path'
import { isLoopbackHost } from '../security/loopback-host'
import { BodyTooLargeError, BodyTooSlowError, readBody } from '../security/read-body'
import { parseRequestTarget } from '../security/request-target'
import { bearerToken, tokenMatches } from './web-host-guards'

export interface WebHostServerOptions {
  dispatch: Dispatch
  events: EventBus
  /** Staff events go out only during a staff session. */
  mayReceive: (event: EventName) => boolean
  rendererRoot: string
  /** 0 picks a free port. */
  port: number
  token: string
  logger: Logger
  /** Shortened in tests. */
  timeouts?: Partial<WebHostTimeouts>
}

/** How long a caller may take to send a request: a token holder must not hold one open for minutes. */
export interface WebHostTimeouts {
  /** For the request line and headers; Node answers 408 itself. */
  headersMs: number
  /** For a call's JSON body once its headers are in; answered 408. */
  bodyMs: number
  /** For the whole request, the backstop; Node answers 408 itself. */
  requestMs: number
  /** How often Node looks for requests over their time. */
  checkEveryMs: number
}

export const defaultWebHostTimeouts: WebHostTimeouts = { headersMs: 10_000, bodyMs: 10_000, requestMs: 30_000, checkEveryMs: 1_000 }

export interface WebHostServer {
  readonly port: number
  /** The address the server is bound to, as the operating system reports it. */
  readonly boundAddress: string
  /** The address to open, with the token the renderer needs. */
  readonly url: string
  close(): Promise<void>
}

export const callPathPrefix = '/api/calls/'
export const eventsPath = '/api/events'
const bodyLimitBytes = 1024 * 1024
const securityHeaders = {
  'content-security-policy': contentSecurityPolicy({ development: false }),
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
}

/**
 * The browser host: the contract over HTTP (calls) and WebSocket (events), plus the built renderer,
 * on 127.0.0.1 only. Calls and events need the per-launch token; the static files are the public
 * app bundle and do not.
 */
export async function startWebHostServer(options: WebHostServerOptions): Promise<WebHostServer> {
  const { dispatch, events, mayReceive, rendererRoot, token, logger } = options
  const timeouts = { ...defaultWebHostTimeouts, ...options.timeouts }
  let port = options.port
  // The page only listens on the event socket; nothing it could send needs more than a few bytes.
  const sockets = new WebSocketServer({ noServer: true, maxPayload: 4 * 1024 })
  const unsubscribe = events.subscribe((name, payload) => {
    if (!mayReceive(name)) return
    const message = JSON.stringify({ event: name, payload })
    for (const socket of sockets.clients) socket.send(message)
  })

  const serverTimeouts = { headersTimeout: timeouts.headersMs, requestTimeout: timeouts.requestMs, connectionsCheckingInterval: timeouts.checkEveryMs }
  const server = createServer(serverTimeouts, (request, response) => {
    void route(request, response).catch((error: unknown) => {
      logger.error('Browser host request failed', { error: error instanceof Error ? error.message : String(error) })
      if (!response.headersSent) sendJson(response, 500, { ok: false, error: { code: 'internal', message: 'The browser host failed.' } })
    })
  })

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!isLoopbackHost(request.headers.host, port)) return sendError(response, 403, 'forbidden', 'Unknown host name.')
    const url = parseRequestTarget(request.url)
    if (!url) return sendError(response, 400, 'invalid_request', 'The request target is not a path on this host.')
    if (url.pathname.startsWith('/api/')) return handleApi(request, response, url)
    if (request.method !== 'GET' && request.method !== 'HEAD') return sendError(response, 405, 'invalid_request', 'Method not allowed.')
    return serveStatic(response, url.pathname)
  }

  async function handleApi(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    if (!tokenMatches(bearerToken(request), token)) {
      return sendError(response, 401, 'unauthorized', 'This request needs the browser host token.')
    }
    if (request.method !== 'POST' || !url.pathname.startsWith(callPathPrefix)) {
      return sendError(response, 404, 'unknown_call', 'Unknown kiosk API path.')
    }
    if (!request.headers['content-type']?.startsWith('application/json')) {
      return sendError(response, 415, 'invalid_request', 'Send the request as application/json.')
    }
    let payload: unknown
    try {
      const body = await readBody(request, { maxBytes: bodyLimitBytes, timeoutMs: timeouts.bodyMs })
      payload = body === '' ? {} : JSON.parse(body)
    } catch (error) {
      // The rest of a refused body is never read, so the connection cannot carry another request.
      if (error instanceof BodyTooLargeError) return sendError(response, 413, 'invalid_request', 'The request is too large.', { connection: 'close' })
      if (error instanceof BodyTooSlowError) return sendError(response, 408, 'invalid_request', 'The request body did not arrive in time.', { connection: 'close' })
      return sendError(response, 400, 'invalid_request', 'The request body is not valid JSON.')
    }
    // Call names are plain ASCII, so the path is used as sent; a percent-escape only misses.
    sendJson(response, 200, await dispatch(url.pathname.slice(callPathPrefix.length), payload))
  }

  async function serveStatic(response: ServerResponse, pathname: string): Promise<void> {
    const path = resolveStaticPath(rendererRoot, pathname)
    const body = path ? await readFile(path).catch(() => null) : null
    if (!path || !body) return sendError(response, 404, 'not_found', 'Not found.')
    response.writeHead(200, { ...securityHeaders, 'content-type': contentTypeOf(path), 'cache-control': 'no-cache' })
    response.end(body)
  }

  // A peer that resets a socket must never take the browser host down with an unhandled 'error'.
  sockets.on('error', (error) => logger.warn('Event socket server error', { error: error.message }))
  sockets.on('connection', (client) => {
    client.on('error', (error) => {
      logger.warn('Closed a misbehaving event socket', { error: error.message })
      client.terminate()
    })
  })

  server.on('upgrade', (request, socket, head) => {
    socket.on('error', () => socket.destroy())
    const url = parseRequestTarget(request.url)
    const sameOrigin = request.headers.origin === undefined || isLoopbackHost(request.headers.origin.replace(/^http:\/\//, ''), port)
    const allowed =
      isLoopbackHost(request.headers.host, port) &&
      sameOrigin &&
      url?.pathname === eventsPath &&
      tokenMatches(url.searchParams.get('token'), token)
    if (!allowed) {
      socket.end('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\n\r\n', () => socket.destroy())
      return
    }
    sockets.handleUpgrade(request, socket, head, (client) => sockets.emit('connection', client, request))
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve())
  })
  const bound = server.address() as AddressInfo
  port = bound.port

  return {
    port,
    boundAddress: bound.address,
    url: `http://127.0.0.1:${port}/?token=${token}`,
    close: async () => {
      unsubscribe()
      for (const client of sockets.clients) client.terminate()
      sockets.close()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { ...securityHeaders, 'content-type': 'application/json', 'cache-control': 'no-store', ...headers })
  response.end(JSON.stringify(body))
}

function sendError(response: ServerResponse, status: number, code: AppErrorShape['code'], message: string, headers: Record<string, string> = {}): void {
  sendJson(response, status, { ok: false, error: { code, message } }, headers)
}
