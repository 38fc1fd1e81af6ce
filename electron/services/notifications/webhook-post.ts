import { Agent as HttpAgent } from 'node:http'
import { Agent as HttpsAgent } from 'node:https'
import type { LookupFunction } from 'node:net'
import axios from 'axios'

/**
 * Posts `{text}` to the webhook, connecting only to the addresses `lookup` answers (checked just
 * before); any answer other than 2xx is a failure. Injected for tests.
 */
export type WebhookPost = (url: string, body: { text: string }, lookup: LookupFunction) => Promise<void>

// No proxy from the environment: the checked address must be the one connected to.
export const postJson: WebhookPost = async (url, body, lookup) => {
  await axios.post(url, body, {
    timeout: 8_000,
    maxRedirects: 0,
    proxy: false,
    httpAgent: new HttpAgent({ lookup }),
    httpsAgent: new HttpsAgent({ lookup }),
    headers: { 'content-type': 'application/json' },
  })
}

/** What went wrong with a post, for the log only (the caller is told just that it was not delivered). */
export function deliveryProblem(error: unknown): string {
  if (axios.isAxiosError(error)) {
    const status = error.response?.status
    if (status !== undefined) return `the webhook answered ${status}`
    if (error.code === 'ECONNABORTED' || error.code === 'ETIMEDOUT') return 'the webhook did not answer in time'
  }
  return `the webhook could not be reached (${error instanceof Error ? error.message : String(error)})`
}
