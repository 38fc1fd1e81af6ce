import type { IncomingMessage } from 'node:http'

export class BodyTooLargeError extends Error {}

export class BodyTooSlowError extends Error {}

export interface BodyLimits {
  maxBytes: number
  /** The whole body must arrive within this time, however it trickles in. */
  timeoutMs: number
}

/**
 * Reads a request body, refusing it once it grows past the limit instead of buffering it all, and
 * once it takes longer than the time allowed: a caller sending a byte now and then must not hold a
 * request open for minutes. On a refusal the rest of the body is left unread (the socket stays up for
 * the answer; the caller closes it after answering).
 */
export function readBody(request: IncomingMessage, { maxBytes, timeoutMs }: BodyLimits): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const settle = (error: Error | null): void => {
      clearTimeout(timer)
      request.off('data', onData)
      request.off('end', onEnd)
      if (error) {
        request.pause()
        reject(error)
      } else {
        resolve(Buffer.concat(chunks).toString('utf8'))
      }
    }
    const onData = (chunk: Buffer): void => {
      size += chunk.length
      if (size > maxBytes) settle(new BodyTooLargeError(`Request body over ${maxBytes} bytes`))
      else chunks.push(chunk)
    }
    const onEnd = (): void => settle(null)
    const timer = setTimeout(() => settle(new BodyTooSlowError(`Request body took over ${timeoutMs} ms`)), timeoutMs)
    request.on('data', onData)
    request.once('end', onEnd)
    // Stays attached: a connection reset after the refusal must not become an unhandled error.
    request.on('error', (error) => settle(error))
  })
}
