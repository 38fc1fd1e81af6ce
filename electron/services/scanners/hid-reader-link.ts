import { defaultHidReaderDecoding, type ChosenHidReader, type HidReaderDecoding, type HidReaderState, type HidReaderStatus } from '@shared/schemas/hid-reader'
import type { ScanDiagnostic } from '@shared/schemas/scan'
import type { Clock, Logger } from '../ports'
import { TokenBucket, type BucketBudget } from '../visits/token-bucket'
import type { HidAccess, HidDeviceHandle } from './hid-access'

/** One report as read, for the decoders: the reader it came from, its bytes, and when it arrived. */
export interface HidReport {
  readerId: string
  bytes: Uint8Array
  at: Date
}

/** node-hid reads at most this many bytes a report; a longer one did not come from it. */
const maxReportBytes = 2048

export interface HidReaderLinkOptions {
  clock: Clock
  logger: Logger
  /** How many reports a reader may send at once and how fast after; the rest are dropped and counted. */
  flood: BucketBudget
  deliver: (report: HidReport) => void
  /** The device stopped (a read failure): the service looks for it again. */
  down: () => void
}

/**
 * The kiosk's hold on one chosen reader: opens it at a path the service found, reads its reports,
 * and on a read failure (an unplug looks the same) closes it and says so, so it is found and opened
 * again. A device whose reports pour in without end is bounded, not read to exhaustion.
 */
export class HidReaderLink {
  #reader: ChosenHidReader
  readonly #options: HidReaderLinkOptions
  #device: HidDeviceHandle | null = null
  #opening = false
  #closed = false
  #state: HidReaderState = 'missing'
  #problem: string | null = null
  #since: Date
  #reports = 0
  #lastReportAt: Date | null = null
  #dropped = 0
  #scanProblem: HidReaderStatus['scanProblem'] = null
  #bucket: TokenBucket

  constructor(reader: ChosenHidReader, options: HidReaderLinkOptions) {
    this.#reader = reader
    this.#options = options
    this.#since = options.clock.now()
    this.#bucket = new TokenBucket(options.flood, options.clock)
  }

  get reader(): ChosenHidReader {
    return this.#reader
  }

  /** How this reader's reports are read: as a manager set it, or the default for its usage page. */
  get decoding(): HidReaderDecoding {
    return this.#reader.decoding ?? defaultHidReaderDecoding(this.#reader.usagePage)
  }

  /** The same reader as settings hold it now (a manager changed how it is read). */
  update(reader: ChosenHidReader): void {
    this.#reader = reader
  }

  /** A report or value of this reader that is no scan; logged when the kind of problem changes, not per report. */
  noteScanProblem(diagnostic: ScanDiagnostic, at: Date): void {
    if (this.#scanProblem?.problem !== diagnostic.problem) {
      this.#options.logger.warn('A badge reader sent something that is not a scan', { reader: this.#reader.id, problem: diagnostic.problem, message: diagnostic.message })
    }
    this.#scanProblem = { ...diagnostic, at: at.toISOString() }
  }

  /** Not reading and not about to: the service should look for this reader. */
  get waiting(): boolean {
    return !this.#closed && !this.#opening && this.#device === null
  }

  status(): HidReaderStatus {
    return {
      readerId: this.#reader.id,
      label: this.#reader.label,
      state: this.#state,
      problem: this.#problem,
      since: this.#since.toISOString(),
      reports: this.#reports,
      lastReportAt: this.#lastReportAt?.toISOString() ?? null,
      dropped: this.#dropped,
      decoding: this.decoding,
      scanProblem: this.#scanProblem,
    }
  }

  async open(hid: HidAccess, path: string): Promise<void> {
    this.#opening = true
    let device: HidDeviceHandle
    try {
      device = await hid.HIDAsync.open(path)
    } catch (error) {
      this.failed(problemOf(error))
      return
    } finally {
      this.#opening = false
    }
    if (this.#closed) {
      await closeQuietly(device)
      return
    }
    this.#device = device
    this.#reports = 0
    this.#lastReportAt = null
    this.#bucket = new TokenBucket(this.#options.flood, this.#options.clock)
    this.#enter('connected', null)
    // The error listener goes first: attaching 'data' starts the read thread.
    device.on('error', (error) => this.#readFailed(device, error))
    device.on('data', (report) => this.#received(device, report))
  }

  missing(): void {
    this.#enter('missing', null)
  }

  failed(problem: string): void {
    this.#enter('error', problem)
  }

  async close(): Promise<void> {
    this.#closed = true
    const device = this.#device
    this.#device = null
    if (device) await closeQuietly(device)
  }

  #received(device: HidDeviceHandle, report: unknown): void {
    if (device !== this.#device) return
    if (!(report instanceof Uint8Array) || report.length === 0 || report.length > maxReportBytes || this.#bucket.take() !== null) {
      this.#drop()
      return
    }
    const at = this.#options.clock.now()
    this.#reports += 1
    this.#lastReportAt = at
    this.#options.deliver({ readerId: this.#reader.id, bytes: Uint8Array.from(report), at })
  }

  #drop(): void {
    // One line when dropping starts, not one per report: a flood must not become a flood of logs.
    if (this.#dropped === 0) this.#options.logger.warn('A badge reader sends reports that are dropped (malformed or too many)', { reader: this.#reader.id })
    this.#dropped += 1
  }

  #readFailed(device: HidDeviceHandle, error: unknown): void {
    if (device !== this.#device) return
    this.#device = null
    this.failed(problemOf(error))
    void closeQuietly(device)
    this.#options.down()
  }

  /** Logs a change of state once, not every rescan that finds the same. */
  #enter(state: HidReaderState, problem: string | null): void {
    if (state === this.#state && problem === this.#problem) return
    this.#state = state
    this.#problem = problem
    this.#since = this.#options.clock.now()
    const details = { reader: this.#reader.id, ...(problem === null ? {} : { problem }) }
    if (state === 'connected') this.#options.logger.info('A badge reader is connected', details)
    else this.#options.logger.warn(state === 'missing' ? 'A badge reader is not plugged in' : 'A badge reader failed', details)
  }
}

/** node-hid's async API reports failures as plain strings; anything else is shown as best it can be. */
function problemOf(error: unknown): string {
  const text = error instanceof Error ? error.message : typeof error === 'string' ? error : 'unknown failure'
  return text.slice(0, 300)
}

async function closeQuietly(device: HidDeviceHandle): Promise<void> {
  try {
    await device.close()
  } catch {
    // Closing a device that is already gone can fail; there is nothing left to release then.
  }
}
