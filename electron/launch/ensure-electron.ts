import type { ElectronBinary } from './electron-binary'

/** Fetches Electron's binary; reports progress as a fraction (0–1) and stops when `signal` aborts. */
export type ElectronFetch = (onProgress: (fraction: number) => void, signal: AbortSignal) => Promise<void>

export interface FetchLimits {
  /** The whole download and unpacking. */
  totalMs: number
  /** Without a byte for this long the download is given up: a blocked network often stalls rather than fails. */
  stallMs: number
}

/** Generous for a slow line (about 100 MB), short for a network that never answers. */
export const defaultFetchLimits: FetchLimits = { totalMs: 10 * 60_000, stallMs: 20_000 }

export interface EnsureElectronOptions {
  find: () => ElectronBinary
  fetch: ElectronFetch
  print: (line: string) => void
  limits?: FetchLimits
  /** `ELECTRON_SKIP_BINARY_DOWNLOAD` (Electron's own switch) keeps `npm start` from downloading. */
  env?: NodeJS.ProcessEnv
}

/**
 * The Electron binary for `npm start`: the one there, else fetched once now (progress printed, within
 * time limits). A not-found answer carries the reason the launcher prints before it falls back.
 */
export async function ensureElectron(options: EnsureElectronOptions): Promise<ElectronBinary> {
  const present = options.find()
  if (present.found || !present.fetchable) return present
  if (options.env?.['ELECTRON_SKIP_BINARY_DOWNLOAD']) return { ...present, reason: `${present.reason}, and ELECTRON_SKIP_BINARY_DOWNLOAD is set` }
  const limits = options.limits ?? defaultFetchLimits
  options.print(`Electron's binary is not here yet: downloading it once (giving up after ${seconds(limits.totalMs)}, or ${seconds(limits.stallMs)} without data)…`)
  try {
    await withinLimits(options.fetch, limits, progressPrinter(options.print))
  } catch (error) {
    return { found: false, reason: `its download failed: ${error instanceof Error ? error.message : String(error)}`, fetchable: true }
  }
  const fetched = options.find()
  if (fetched.found) options.print('Electron is downloaded.')
  return fetched.found ? fetched : { ...fetched, reason: `it was downloaded, but ${fetched.reason}` }
}

async function withinLimits(fetch: ElectronFetch, limits: FetchLimits, onProgress: (fraction: number) => void): Promise<void> {
  const controller = new AbortController()
  let stall: ReturnType<typeof setTimeout> | undefined
  const stalled = (): void => {
    clearTimeout(stall)
    stall = setTimeout(() => controller.abort(new Error(`no data for ${seconds(limits.stallMs)}`)), limits.stallMs)
  }
  const total = setTimeout(() => controller.abort(new Error(`not finished within ${seconds(limits.totalMs)}`)), limits.totalMs)
  // A fetch that ignores the signal must not keep the launcher waiting past its limits.
  const aborted = new Promise<never>((_, reject) => controller.signal.addEventListener('abort', () => reject(controller.signal.reason as Error)))
  stalled()
  try {
    await Promise.race([
      fetch((fraction) => {
        stalled()
        onProgress(fraction)
      }, controller.signal),
      aborted,
    ])
  } finally {
    clearTimeout(stall)
    clearTimeout(total)
  }
}

/** One line per tenth downloaded, so a log (or a terminal) shows the download moving without flooding it. */
function progressPrinter(print: (line: string) => void): (fraction: number) => void {
  let printedTenths = 0
  return (fraction) => {
    const tenths = Math.floor(Math.min(1, Math.max(0, fraction)) * 10)
    if (tenths <= printedTenths) return
    printedTenths = tenths
    print(`Downloading Electron: ${tenths * 10}%`)
  }
}

function seconds(milliseconds: number): string {
  return milliseconds >= 120_000 ? `${Math.round(milliseconds / 60_000)} min` : `${Math.round(milliseconds / 1000)} s`
}
