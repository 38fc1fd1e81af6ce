import { afterAll, bench, describe } from 'vitest'
import { startKisiSandbox } from '../../electron/kisi-sandbox/kisi-sandbox'
import { createKisiClient } from '../../electron/services/kisi/kisi-client'

/**
 * Client overhead: the same GET /user through the client (conversion, schema check, limiter,
 * error mapping) and as a bare fetch, against a sandbox with the quota lifted. Throughput: a
 * default client against a sandbox enforcing Kisi's 5 requests/s, with nothing to retry allowed.
 */
const unlimited = await startKisiSandbox({ rateLimitPerSecond: 1_000_000 })
const client = createKisiClient({ baseUrl: unlimited.url, apiKey: () => unlimited.apiKey, requestsPerSecond: 1_000_000 })

const strict = await startKisiSandbox()
const atKisiPace = createKisiClient({ baseUrl: strict.url, apiKey: () => strict.apiKey, retry: { maxRetries: 0, baseDelayMs: 1, maxDelayMs: 1 } })
const sustainedCalls = 30
const started = Date.now()
const outcomes = await Promise.allSettled(Array.from({ length: sustainedCalls }, () => atKisiPace.currentUser()))
const seconds = (Date.now() - started) / 1000
const refused = outcomes.filter((outcome) => outcome.status === 'rejected').length
process.stdout.write(
  `\nSustained at Kisi's limit: ${sustainedCalls} calls in ${seconds.toFixed(2)} s = ${(sustainedCalls / seconds).toFixed(2)} requests/s; ` +
    `errors seen by callers (429 or other): ${refused}\n\n`,
)

afterAll(async () => {
  await unlimited.close()
  await strict.close()
})

describe('GET /user', () => {
  bench('through the Kisi client', async () => {
    await client.currentUser()
  })

  bench('bare fetch (baseline)', async () => {
    const response = await fetch(`${unlimited.url}/user`, { headers: { authorization: `KISI-LOGIN ${unlimited.apiKey}`, accept: 'application/json' } })
    await response.json()
  })
})
