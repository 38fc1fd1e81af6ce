import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ElectronBinary } from '../../../electron/launch/electron-binary'
import { ensureElectron, type ElectronFetch } from '../../../electron/launch/ensure-electron'

const missing: ElectronBinary = { found: false, reason: 'its binary has not been downloaded yet', fetchable: true }
const installed: ElectronBinary = { found: true, path: '/app/node_modules/electron/dist/electron' }
const limits = { totalMs: 60_000, stallMs: 5_000 }

describe('ensureElectron', () => {
  let lines: string[]
  let binary: ElectronBinary
  const options = (fetch: ElectronFetch) => ({ find: () => binary, fetch, print: (line: string) => lines.push(line), limits, env: {} })

  beforeEach(() => {
    vi.useFakeTimers()
    lines = []
    binary = missing
  })
  afterEach(() => vi.useRealTimers())

  it('uses the binary that is there without downloading', async () => {
    binary = installed
    const fetch = vi.fn<ElectronFetch>()
    expect(await ensureElectron(options(fetch))).toEqual(installed)
    expect(fetch).not.toHaveBeenCalled()
    expect(lines).toEqual([])
  })

  it('downloads a missing binary, printing its progress, and opens the fetched one', async () => {
    const fetch: ElectronFetch = async (onProgress) => {
      for (const fraction of [0.05, 0.1, 0.15, 0.5, 1]) onProgress(fraction)
      binary = installed
    }
    expect(await ensureElectron(options(fetch))).toEqual(installed)
    expect(lines).toEqual([
      "Electron's binary is not here yet: downloading it once (giving up after 60 s, or 5 s without data)…",
      'Downloading Electron: 10%',
      'Downloading Electron: 50%',
      'Downloading Electron: 100%',
      'Electron is downloaded.',
    ])
  })

  it('gives the download’s failure as the reason to fall back', async () => {
    const result = await ensureElectron(options(() => Promise.reject(new TypeError('fetch failed'))))
    expect(result).toEqual({ found: false, reason: 'its download failed: fetch failed', fetchable: true })
  })

  it('gives up a download that sends nothing for the stall limit, and stops it', async () => {
    let signal: AbortSignal | undefined
    const result = ensureElectron(options((_, given) => ((signal = given), new Promise(() => undefined))))
    await vi.advanceTimersByTimeAsync(limits.stallMs)
    expect(await result).toEqual({ found: false, reason: 'its download failed: no data for 5 s', fetchable: true })
    expect(signal?.aborted).toBe(true)
  })

  it('gives up a download that trickles past the total limit', async () => {
    const fetch: ElectronFetch = (onProgress) => {
      const timer = setInterval(() => onProgress(0.01), 1_000)
      return new Promise((_, reject) => setTimeout(() => (clearInterval(timer), reject(new Error('never'))), 10 * limits.totalMs))
    }
    const result = ensureElectron(options(fetch))
    await vi.advanceTimersByTimeAsync(limits.totalMs)
    expect(await result).toEqual({ found: false, reason: 'its download failed: not finished within 60 s', fetchable: true })
  })

  it('says so when the download ended but no binary is there', async () => {
    const result = await ensureElectron(options(() => Promise.resolve()))
    expect(result).toMatchObject({ found: false, reason: 'it was downloaded, but its binary has not been downloaded yet' })
  })

  it('never downloads for an Electron chosen by ELECTRON_OVERRIDE_DIST_PATH, nor with ELECTRON_SKIP_BINARY_DOWNLOAD', async () => {
    const fetch = vi.fn<ElectronFetch>()
    binary = { found: false, reason: 'ELECTRON_OVERRIDE_DIST_PATH has no /x/electron', fetchable: false }
    expect(await ensureElectron(options(fetch))).toEqual(binary)
    binary = missing
    const skipped = await ensureElectron({ ...options(fetch), env: { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } })
    expect(skipped).toMatchObject({ found: false, reason: expect.stringContaining('ELECTRON_SKIP_BINARY_DOWNLOAD is set') })
    expect(fetch).not.toHaveBeenCalled()
  })
})
