import { failedBecause } from '@shared/errors'
import { maxChosenHidReaders, type ChosenHidReader, type HidDevice, type HidReaderDecoding, type HidReaderStatus } from '@shared/schemas/hid-reader'
import type { ScanDiagnostic } from '@shared/schemas/scan'
import type { Clock, Logger } from '../ports'
import type { SettingsRepository } from '../settings/settings-repository'
import type { BucketBudget } from '../visits/token-bucket'
import type { HidAccess } from './hid-access'
import { hidReaderLabelOf, listHidDevices, type ListedHidDevice } from './hid-device-list'
import { HidReaderLink, type HidReport } from './hid-reader-link'

export interface HidReadersOptions {
  hid: HidAccess
  settings: SettingsRepository
  clock: Clock
  logger: Logger
  /**
   * How long to wait between looks for a chosen reader that is missing or failed. node-hid has no
   * plug events and every listing is a full USB enumeration that slows other devices' I/O, so it
   * runs only while a reader is waiting, every 1–2 s, never while all are connected.
   */
  rescanMs?: number
  /** Per reader; a boot keyboard reader sends two reports a character, a scanner in bursts. */
  flood?: BucketBudget
}

const defaultFlood: BucketBudget = { burst: 1_000, refillEveryMs: 2 }

/**
 * The badge readers read over raw HID (node-hid `HIDAsync`): lists the devices, keeps the readers a
 * manager chose open, finds them again after an unplug or a read failure, and hands every report to
 * its subscribers undecoded. Runs the same in Electron's main process and in the browser host.
 */
export class HidReaders {
  readonly #options: HidReadersOptions
  readonly #links = new Map<string, HidReaderLink>()
  readonly #listeners = new Set<(report: HidReport) => void>()
  #timer: ReturnType<typeof setTimeout> | null = null
  #scanning: Promise<void> | null = null
  #again = false
  #skippedBefore = 0
  #stopped = true
  #unsubscribe: (() => void) | null = null

  constructor(options: HidReadersOptions) {
    this.#options = options
  }

  start(): void {
    this.#stopped = false
    this.#unsubscribe = this.#options.settings.subscribe((document, previous) => {
      if (JSON.stringify(document.hidReaders) !== JSON.stringify(previous.hidReaders)) this.#follow(document.hidReaders)
    })
    this.#follow(this.#options.settings.get().hidReaders)
  }

  async stop(): Promise<void> {
    this.#stopped = true
    this.#unsubscribe?.()
    if (this.#timer) clearTimeout(this.#timer)
    this.#timer = null
    await this.#scanning
    await Promise.all([...this.#links.values()].map((link) => link.close()))
    this.#links.clear()
  }

  /** Each report of every chosen reader, as read; answers the unsubscribe. */
  subscribe(listener: (report: HidReport) => void): () => void {
    this.#listeners.add(listener)
    return () => this.#listeners.delete(listener)
  }

  async devices(): Promise<HidDevice[]> {
    const chosen = new Set(this.#options.settings.get().hidReaders.map((reader) => reader.id))
    return (await this.#list()).map((device) => ({ ...device, chosen: chosen.has(device.readerId) }))
  }

  /** Starts reading a device listed now; choosing a reader already chosen changes nothing. */
  async choose(readerId: string): Promise<HidReaderStatus[]> {
    const device = (await this.#list()).find((listed) => listed.readerId === readerId)
    if (!device) throw failedBecause('not_found', 'hidReaderNotPresent', {}, `No HID device ${readerId} is plugged in.`)
    const { readerId: id, vendorId, productId, usagePage, usage, interface: port, serialNumber } = device
    const reader: ChosenHidReader = { id, label: hidReaderLabelOf(device), vendorId, productId, usagePage, usage, interface: port, serialNumber }
    const chosen = this.#options.settings.get().hidReaders
    if (chosen.some((known) => known.id === id)) return this.status()
    if (chosen.length >= maxChosenHidReaders) {
      throw failedBecause('conflict', 'hidReadersFull', { count: maxChosenHidReaders }, `At most ${maxChosenHidReaders} HID readers can be chosen.`)
    }
    this.#options.settings.update((draft) => {
      draft.hidReaders.push(reader)
    })
    // The answer says whether it opened, not only that it was chosen.
    await this.#scanning
    return this.status()
  }

  forget(readerId: string): HidReaderStatus[] {
    this.#options.settings.update((draft) => {
      draft.hidReaders = draft.hidReaders.filter((reader) => reader.id !== readerId)
    })
    return this.status()
  }

  /** Sets how a chosen reader's reports are read; its reports are read so from the next one on. */
  setDecoding(readerId: string, decoding: HidReaderDecoding): HidReaderStatus[] {
    if (!this.#options.settings.get().hidReaders.some((reader) => reader.id === readerId)) {
      throw failedBecause('not_found', 'hidReaderNotChosen', {}, `The HID device ${readerId} is not a chosen reader.`)
    }
    this.#options.settings.update((draft) => {
      const reader = draft.hidReaders.find((chosen) => chosen.id === readerId)
      if (reader) reader.decoding = decoding
    })
    return this.status()
  }

  /** How a chosen reader's reports are read now, or null when it is not (or no longer) chosen. */
  decodingOf(readerId: string): { usagePage: number; decoding: HidReaderDecoding } | null {
    const link = this.#links.get(readerId)
    return link ? { usagePage: link.reader.usagePage, decoding: link.decoding } : null
  }

  /** Shows on the reader's status (and in the log) that a report or value of it was no scan. */
  noteScanProblem(readerId: string, diagnostic: ScanDiagnostic, at: Date): void {
    this.#links.get(readerId)?.noteScanProblem(diagnostic, at)
  }

  status(): HidReaderStatus[] {
    return [...this.#links.values()].map((link) => link.status())
  }

  /** Opens a link per chosen reader and closes those no longer chosen; a new one is looked for now. */
  #follow(chosen: readonly ChosenHidReader[]): void {
    if (this.#stopped) return
    const wanted = new Map(chosen.map((reader) => [reader.id, reader]))
    for (const [id, link] of this.#links) {
      if (wanted.has(id)) continue
      this.#links.delete(id)
      void link.close()
    }
    for (const reader of wanted.values()) {
      const known = this.#links.get(reader.id)
      if (known) {
        known.update(reader)
        continue
      }
      const { clock, logger, flood = defaultFlood } = this.#options
      this.#links.set(reader.id, new HidReaderLink(reader, { clock, logger, flood, deliver: (report) => this.#deliver(report), down: () => this.#scanLater() }))
    }
    void this.#scan()
  }

  /** One look at a time; a reader chosen during a look gets another right after it, not 1–2 s later. */
  #scan(): Promise<void> {
    if (this.#scanning) {
      this.#again = true
      return this.#scanning
    }
    this.#scanning = (async () => {
      do {
        this.#again = false
        await this.#findWaiting()
      } while (this.#again && !this.#stopped)
    })().finally(() => {
      this.#scanning = null
      this.#scanLater()
    })
    return this.#scanning
  }

  #scanLater(): void {
    if (this.#stopped || this.#timer || ![...this.#links.values()].some((link) => link.waiting)) return
    this.#timer = setTimeout(() => {
      this.#timer = null
      void this.#scan()
    }, this.#options.rescanMs ?? 1_500)
  }

  async #findWaiting(): Promise<void> {
    const waiting = [...this.#links.values()].filter((link) => link.waiting)
    if (waiting.length === 0) return
    let listed: ListedHidDevice[]
    try {
      listed = await this.#list()
    } catch (error) {
      for (const link of waiting) link.failed(error instanceof Error ? error.message : String(error))
      return
    }
    for (const link of waiting) {
      const device = listed.find((candidate) => candidate.readerId === link.reader.id)
      if (device && !this.#stopped) await link.open(this.#options.hid, device.path)
      else link.missing()
    }
  }

  async #list(): Promise<ListedHidDevice[]> {
    let entries: readonly unknown[]
    try {
      entries = await this.#options.hid.devicesAsync()
    } catch (error) {
      const problem = error instanceof Error ? error.message : String(error)
      throw failedBecause('unavailable', 'hidUnavailable', { problem }, `The HID devices could not be listed: ${problem}`)
    }
    const { devices, skipped } = listHidDevices(Array.isArray(entries) ? entries : [])
    // Said when it changes, not at every look for a missing reader.
    if (skipped > 0 && skipped !== this.#skippedBefore) this.#options.logger.warn('HID devices listed without a usable id or path were skipped', { skipped })
    this.#skippedBefore = skipped
    return devices
  }

  #deliver(report: HidReport): void {
    for (const listener of this.#listeners) {
      try {
        listener(report)
      } catch (error) {
        // A consumer's bug must not stop the reader: node-hid would turn it into a read error.
        this.#options.logger.error('A badge report consumer failed', { reader: report.readerId, error: String(error) })
      }
    }
  }
}
