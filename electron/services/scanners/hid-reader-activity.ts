import { readerActivityLimits, type ReaderActivity, type ReaderResult } from '@shared/schemas/reader-activity'
import type { SettingsRepository } from '../settings/settings-repository'
import type { HidReport } from './hid-reader-link'
import { RecentEntries } from './recent-entries'

interface ReaderLog {
  reports: RecentEntries<HidReport>
  results: RecentEntries<ReaderResult>
}

/** Where the reports come from: the readers service. */
export interface HidReportSource {
  subscribe(listener: (report: HidReport) => void): () => void
}

/**
 * What each chosen HID reader sent lately and what it made of it, for the reader set-up page: its
 * last raw reports and its last results (scans, repeats left out, problems). Bounded per reader, and
 * a forgotten reader's log goes with it, so neither a flood nor time can grow it.
 */
export class HidReaderActivity {
  readonly #settings: SettingsRepository
  readonly #logs = new Map<string, ReaderLog>()
  #chosen = new Set<string>()
  #unsubscribe: (() => void)[] = []

  constructor(settings: SettingsRepository) {
    this.#settings = settings
  }

  start(source: HidReportSource): void {
    this.#follow()
    this.#unsubscribe = [this.#settings.subscribe(() => this.#follow()), source.subscribe((report) => this.#logOf(report.readerId)?.reports.push(report))]
  }

  stop(): void {
    for (const unsubscribe of this.#unsubscribe.splice(0)) unsubscribe()
  }

  /** A scan (also one left out as a repeat) or a problem the reader's reports made. */
  noteResult(readerId: string, result: ReaderResult): void {
    this.#logOf(readerId)?.results.push(result)
  }

  /** Each reader's activity, in the order given (the readers' status); hex is made here, not per report. */
  list(readerIds: readonly string[]): ReaderActivity[] {
    return readerIds.map((readerId) => {
      const log = this.#logs.get(readerId)
      const reports = log?.reports.toArray().map((report) => ({ at: report.at.toISOString(), hex: hexOf(report.bytes) })) ?? []
      return { readerId, reports, results: log?.results.toArray() ?? [] }
    })
  }

  /** A report or result that comes in for a reader no longer chosen (a late idle timer) is not kept. */
  #logOf(readerId: string): ReaderLog | null {
    if (!this.#chosen.has(readerId)) return null
    const known = this.#logs.get(readerId)
    if (known) return known
    const created = { reports: new RecentEntries<HidReport>(readerActivityLimits.reports), results: new RecentEntries<ReaderResult>(readerActivityLimits.results) }
    this.#logs.set(readerId, created)
    return created
  }

  #follow(): void {
    this.#chosen = new Set(this.#settings.get().hidReaders.map((reader) => reader.id))
    for (const readerId of this.#logs.keys()) if (!this.#chosen.has(readerId)) this.#logs.delete(readerId)
  }
}

const hexOf = (bytes: Uint8Array): string => Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join(' ')
