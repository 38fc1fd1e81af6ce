import type { IncomingMessage } from 'node:http'

export class BodyTooLargeError extends Error {}

/** Reads a request body, refusing it once it grows past the limit instead of buffering it all. */
export async function readBody(request: IncomingMessage, limitBytes: number): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request) {
    size += (chunk as Buffer).length
    if (size > limitBytes) throw new BodyTooLargeError(`Request body over ${limitBytes} bytes`)
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}
