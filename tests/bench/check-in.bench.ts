import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import QRCode from 'qrcode'
import { afterAll, bench, describe } from 'vitest'
import type { CheckInOutcome } from '@shared/schemas/visit'
import { startVisitHarness } from '../fixtures/visit-harness'

/**
 * Submit → QR: a Guest check-in through the contract (validation, commit, outbox job, the Kisi
 * create, sealing the secret) and the QR image the pass screen draws from the link, with the
 * sandbox answering at once and after 300 ms. Kisi's share is timed at the proxy in front of the
 * sandbox, so "local" is everything the kiosk adds. Check-ins are paced under Kisi's 5 requests/s,
 * as at a real front desk, so the figures are not queueing time. A few check-ins first warm up the
 * JIT, the prepared statements and the HTTP keep-alive connection, as the first visitors of a day
 * would; they are not counted.
 */
const directory = mkdtempSync(join(tmpdir(), 'frontdesk-bench-'))
const kiosk = await startVisitHarness(directory)
const samples = 40
const warmUps = 5
const paceMs = 250

interface Sample {
  totalMs: number
  kisiMs: number
  kisiCalls: number
}

async function checkInOnce(index: number): Promise<Sample> {
  const mark = kiosk.proxy.requests.length
  const started = performance.now()
  const outcome = await kiosk.call<CheckInOutcome>('visits.checkIn', {
    visitTypeId: 'guest',
    visitor: { name: `Bench Visitor ${index}`, host: 'Reception' },
    agreementVersion: 1,
  })
  if (outcome.outcome !== 'pass') throw new Error(`Expected a pass, got ${outcome.outcome}`)
  await QRCode.toDataURL(outcome.pass.linkUrl, { margin: 1, width: 320 })
  const totalMs = performance.now() - started
  const kisi = kiosk.kisiRequestsSince(mark)
  return { totalMs, kisiMs: kisi.reduce((sum, request) => sum + ((request.finishedAt ?? request.startedAt) - request.startedAt), 0), kisiCalls: kisi.length }
}

const percentile = (values: number[], fraction: number): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? Number.NaN
}

for (let index = 0; index < warmUps; index += 1) await checkInOnce(-1 - index)

const rows: string[] = []
for (const latencyMs of [0, 300]) {
  kiosk.sandbox.faults.set({ latencyMs })
  const results: Sample[] = []
  for (let index = 0; index < samples; index += 1) {
    const started = performance.now()
    results.push(await checkInOnce(latencyMs * 1000 + index))
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, paceMs - (performance.now() - started))))
  }
  const totals = results.map((sample) => sample.totalMs)
  const local = results.map((sample) => sample.totalMs - sample.kisiMs)
  const calls = [...new Set(results.map((sample) => sample.kisiCalls))].join(', ')
  rows.push(
    `| ${latencyMs} ms | ${percentile(totals, 0.5).toFixed(1)} ms | ${percentile(totals, 0.95).toFixed(1)} ms | ${percentile(local, 0.5).toFixed(1)} ms | ${percentile(local, 0.95).toFixed(1)} ms | ${calls} |`,
  )
}
kiosk.sandbox.faults.set({ latencyMs: 0 })
process.stdout.write(
  `\nSubmit → QR (${samples} Guest check-ins per row)\n| Sandbox latency | p50 | p95 | local p50 | local p95 | Kisi calls per check-in |\n|---|---|---|---|---|---|\n${rows.join('\n')}\n\n`,
)

afterAll(async () => {
  await kiosk.stop()
  rmSync(directory, { recursive: true, force: true })
})

describe('pass screen', () => {
  bench('QR image of an access-link URL (qrcode, 320 px)', async () => {
    await QRCode.toDataURL(`${kiosk.sandbox.url}/grouplinks/${'f'.repeat(40)}`, { margin: 1, width: 320 })
  })
})
