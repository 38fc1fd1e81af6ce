import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { TimedKey } from '@shared/domain/scanning/keyboard-burst-classifier'
import type { HidDevice, HidReaderDecoding, HidReaderStatus } from '@shared/schemas/hid-reader'
import type { KeyboardReadingAnswer } from '@shared/schemas/keyboard-reading'
import type { ReaderActivity } from '@shared/schemas/reader-activity'
import type { DecodedScan, ParityResult, ReaderOutputFormat, ReaderOutputSetting } from '@shared/schemas/scan'
import { useKioskClient } from '@renderer/api/kiosk-client-plugin'

export type DecodedCard = Extract<DecodedScan, { kind: 'card' }>

/** The card the installer scanned last on either panel, for the test-card lookup. */
export interface TestCard {
  card: DecodedCard
  parity: ParityResult
  /** The chosen HID reader it came from; null for the keyboard-type reader test. */
  readerId: string | null
  at: string
}

/** A test capture keeps at most this many keys: a few dozen scans, never a growing page. */
const maxCapturedKeys = 2_000

/**
 * The reader set-up page: the HID devices and chosen readers with their live activity, the keyboard
 * reading and the keys the installer scanned into the test box, and the last card for the Kisi test.
 */
export const useScannerSetupStore = defineStore('scannerSetup', () => {
  const kiosk = useKioskClient()
  const devices = ref<HidDevice[] | null>(null)
  const readers = ref<HidReaderStatus[] | null>(null)
  const activity = ref<ReaderActivity[]>([])
  const keyboardReading = ref<KeyboardReadingAnswer | null>(null)
  const capturedKeys = ref<TimedKey[]>([])
  const testCard = ref<TestCard | null>(null)

  async function loadDevices(): Promise<void> {
    devices.value = await kiosk.scanners.hidDevices()
  }

  async function loadReaders(): Promise<void> {
    readers.value = await kiosk.scanners.hidReaders()
  }

  /** One look at the chosen readers and what they read lately; the page calls it about once a second. */
  async function poll(): Promise<void> {
    const [status, lately] = await Promise.all([kiosk.scanners.hidReaders(), kiosk.scanners.readerActivity()])
    readers.value = status
    activity.value = lately
    for (const reader of lately) {
      for (const result of reader.results) {
        if (result.kind === 'scan' && result.decoded.kind === 'card' && !result.repeat) noteCard({ card: result.decoded, parity: result.parity, readerId: reader.readerId, at: result.at })
      }
    }
  }

  async function choose(readerId: string): Promise<void> {
    readers.value = await kiosk.scanners.chooseHidReader({ readerId })
    await loadDevices()
  }

  async function forget(readerId: string): Promise<void> {
    readers.value = await kiosk.scanners.forgetHidReader({ readerId })
    activity.value = activity.value.filter((reader) => reader.readerId !== readerId)
    await loadDevices().catch(() => undefined)
  }

  async function setDecoding(readerId: string, decoding: HidReaderDecoding): Promise<void> {
    readers.value = await kiosk.scanners.setHidReaderDecoding({ readerId, decoding })
  }

  async function loadKeyboardReading(): Promise<void> {
    keyboardReading.value = await kiosk.scanners.keyboardReading()
  }

  /** A manager's edit; the keyboard test reads the answer at once, so its lines are read again with it. */
  async function setKeyboardReading(setting: ReaderOutputSetting): Promise<void> {
    keyboardReading.value = await kiosk.scanners.setKeyboardReading({ setting })
  }

  /** A manager's choice (an auto-detect suggestion): the framing and timing stay as they are. */
  async function setKeyboardFormat(format: ReaderOutputFormat): Promise<void> {
    const current = keyboardReading.value ?? (await kiosk.scanners.keyboardReading())
    await setKeyboardReading({ ...current.setting, format })
  }

  function recordKey(key: TimedKey): void {
    capturedKeys.value = [...capturedKeys.value, key].slice(-maxCapturedKeys)
  }

  function clearSamples(): void {
    capturedKeys.value = []
  }

  /** Keeps the newest card: HID results come back on every poll, so an older one must not win again. */
  function noteCard(card: TestCard): void {
    if (!testCard.value || card.at > testCard.value.at) testCard.value = card
  }

  function reset(): void {
    devices.value = null
    readers.value = null
    activity.value = []
    keyboardReading.value = null
    capturedKeys.value = []
    testCard.value = null
  }

  return {
    devices,
    readers,
    activity,
    keyboardReading,
    capturedKeys,
    testCard,
    loadDevices,
    loadReaders,
    poll,
    choose,
    forget,
    setDecoding,
    loadKeyboardReading,
    setKeyboardReading,
    setKeyboardFormat,
    recordKey,
    clearSamples,
    noteCard,
    reset,
  }
})
