import type { IncomingMessage } from 'node:http'

/**
 * The Host header must name the loopback address the sandbox listens on. This stops a web page the
 * visitor opens (evil.example resolving to 127.0.0.1, DNS rebinding) from reaching the control routes.
 */
export function namesLoopbackHost(hostHeader: string | undefined, port: number): boolean {
  return hostHeader === `127.0.0.1:${port}` || hostHeader === `localhost:${port}`
}

export type BodyReading = { kind: 'json'; value: unknown } | { kind: 'too-large' } | { kind: 'invalid' }

/**
 * Reads a JSON request body (undefined when empty), giving up once it grows past the limit instead
 * of buffering whatever a client sends.
 */
export async function readJsonBody(request: IncomingMessage, limitBytes: number): Promise<BodyReading> {
  const chunks: Buffer[] = []
  let size = 0
  try {
    for await (const chunk of request) {
      size += (chunk as Buffer).length
      if (size > limitBytes) return { kind: 'too-large' }
      chunks.push(chunk as Buffer)
    }
    const text = Buffer.concat(chunks).toString('utf8')
    return { kind: 'json', value: text.trim() === '' ? undefined : (JSON.parse(text) as unknown) }
  } catch {
    return { kind: 'invalid' }
  }
}
