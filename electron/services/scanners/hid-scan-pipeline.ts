import { ScanRepeatFilter } from '@shared/domain/scanning/scan-repeat-filter'
import type { HidReaderDecoding } from '@shared/schemas/hid-reader'
import type { ReaderResult } from '@shared/schemas/reader-activity'
import type { ScanDiagnostic, ScanEvent } from '@shared/schemas/scan'
import type { HidReport } from './hid-reader-link'
import { createHidReportDecoder, type HidDecodeResult, type HidReportDecoder } from './hid-report-decoder'

/** What the pipeline needs of the readers service: its reports, how each reader is read, its status. */
export interface HidScanSource {
  subscribe(listener: (report: HidReport) => void): () => void
  decodingOf(readerId: string): { usagePage: number; decoding: HidReaderDecoding } | null
  noteScanProblem(readerId: string, diagnostic: ScanDiagnostic, at: Date): void
}

export interface HidScanPipelineOptions {
  /** Where each new scan goes: the event bus's `scanner.scan`. */
  scanned: (scan: ScanEvent) => void
  /** Every result as it comes, a repeat left out and a problem too: the readers' activity for set-up. */
  noted?: (readerId: string, result: ReaderResult) => void
  repeatWindowMs?: number
}

interface ReaderDecoder {
  /** The decoding it was made for; a manager's change starts a fresh decoder. */
  made: string
  decoder: HidReportDecoder
  idleTimer: ReturnType<typeof setTimeout> | null
}

/**
 * Turns the raw reports of the chosen HID readers into scan events: decodes each reader's reports
 * as it is set to be read, leaves out the same value read again within the repeat window, and puts
 * whatever is no scan (a malformed report, a bad value) on the reader's status instead of an event.
 */
export class HidScanPipeline {
  readonly #source: HidScanSource
  readonly #options: HidScanPipelineOptions
  readonly #repeats: ScanRepeatFilter
  readonly #decoders = new Map<string, ReaderDecoder>()
  #unsubscribe: (() => void) | null = null

  constructor(source: HidScanSource, options: HidScanPipelineOptions) {
    this.#source = source
    this.#options = options
    this.#repeats = new ScanRepeatFilter(options.repeatWindowMs)
  }

  start(): void {
    this.#unsubscribe ??= this.#source.subscribe((report) => this.#received(report))
  }

  stop(): void {
    this.#unsubscribe?.()
    this.#unsubscribe = null
    for (const reader of this.#decoders.values()) if (reader.idleTimer) clearTimeout(reader.idleTimer)
    this.#decoders.clear()
  }

  #received(report: HidReport): void {
    const reader = this.#decoderOf(report.readerId)
    if (!reader) return
    if (reader.idleTimer) clearTimeout(reader.idleTimer)
    this.#settle(report.readerId, reader.decoder.push(report.bytes, report.at.getTime()), report.at)
    // A reader that stops mid-card sends nothing more, so only a timer can drop its partial line.
    reader.idleTimer = setTimeout(() => {
      reader.idleTimer = null
      const now = new Date(report.at.getTime() + reader.decoder.idleTimeoutMs + 1)
      this.#settle(report.readerId, reader.decoder.expire(now.getTime()), now)
    }, reader.decoder.idleTimeoutMs + 1)
  }

  #decoderOf(readerId: string): ReaderDecoder | null {
    const reading = this.#source.decodingOf(readerId)
    if (!reading) {
      this.#decoders.delete(readerId)
      return null
    }
    const made = JSON.stringify(reading)
    const known = this.#decoders.get(readerId)
    if (known?.made === made) return known
    if (known?.idleTimer) clearTimeout(known.idleTimer)
    const fresh = { made, decoder: createHidReportDecoder(reading.usagePage, reading.decoding), idleTimer: null }
    this.#decoders.set(readerId, fresh)
    this.#repeats.forget(readerId)
    return fresh
  }

  #settle(readerId: string, results: readonly HidDecodeResult[], at: Date): void {
    for (const result of results) {
      if (!result.ok) {
        this.#source.noteScanProblem(readerId, result.diagnostic, at)
        const line = result.line === undefined ? {} : { line: result.line }
        this.#options.noted?.(readerId, { kind: 'problem', at: at.toISOString(), problem: result.diagnostic, ...line })
        continue
      }
      const { raw, decoded, parity } = result.value
      const repeat = !this.#repeats.isNew(readerId, raw, at.getTime())
      this.#options.noted?.(readerId, { kind: 'scan', at: at.toISOString(), raw, decoded, parity, repeat })
      if (repeat) continue
      if (parity === 'failed') {
        this.#source.noteScanProblem(readerId, { problem: 'parity-failed', message: 'A card frame came with parity bits that do not match its data.' }, at)
      }
      this.#options.scanned({ source: 'hid', readerId, raw, decoded, parity, at: at.toISOString() })
    }
  }
}
