import { afterEach, describe, expect, it, vi } from 'vitest'
import { defaultHidReaderDecoding } from '@shared/schemas/hid-reader'
import type { ScanDiagnostic, ScanEvent } from '@shared/schemas/scan'
import type { HidReport } from '../../../electron/services/scanners/hid-reader-link'
import { HidScanPipeline, type HidScanSource } from '../../../electron/services/scanners/hid-scan-pipeline'
import { pressAndRelease } from '../../fixtures/scan-input'

const readerId = 'hid-0c27-3bfa-0001-0006-0'

function fakeSource() {
  const listeners = new Set<(report: HidReport) => void>()
  const problems: ScanDiagnostic['problem'][] = []
  let reading: ReturnType<HidScanSource['decodingOf']> = { usagePage: 1, decoding: defaultHidReaderDecoding(1) }
  const source: HidScanSource = {
    subscribe: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    decodingOf: () => reading,
    noteScanProblem: (_reader, diagnostic) => problems.push(diagnostic.problem),
  }
  let atMs = Date.parse('2026-11-28T09:00:00.000Z')
  const send = (...reports: Uint8Array[]): void => {
    for (const bytes of reports) {
      atMs += 10
      for (const listener of listeners) listener({ readerId, bytes, at: new Date(atMs) })
    }
  }
  return { source, problems, send, listeners, setReading: (next: typeof reading) => (reading = next) }
}

describe('the HID scan pipeline', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('drops a partial line once the reader has gone quiet, and says so', () => {
    vi.useFakeTimers()
    const { source, problems, send } = fakeSource()
    const scans: ScanEvent[] = []
    const pipeline = new HidScanPipeline(source, { scanned: (scan) => scans.push(scan) })
    pipeline.start()

    send(...pressAndRelease(0x1e), ...pressAndRelease(0x1f))
    expect(problems).toEqual([])
    vi.advanceTimersByTime(300)
    expect(problems).toEqual(['line-dropped-idle'])

    // The keys dropped do not join the next card.
    send(...pressAndRelease(0x20), ...pressAndRelease(0x28))
    expect(scans.map((scan) => scan.raw)).toEqual(['3'])
    pipeline.stop()
  })

  it('reads a reader afresh when a manager changes how it is read, and ignores a reader no longer chosen', () => {
    const { source, send, setReading, listeners } = fakeSource()
    const scans: ScanEvent[] = []
    const pipeline = new HidScanPipeline(source, { scanned: (scan) => scans.push(scan) })
    pipeline.start()
    send(...pressAndRelease(0x1e), ...pressAndRelease(0x28))

    setReading({ usagePage: 1, decoding: { ...defaultHidReaderDecoding(1), output: { ...defaultHidReaderDecoding(1).output, format: { kind: 'text' } } } })
    send(...pressAndRelease(0x1e), ...pressAndRelease(0x28))
    setReading(null)
    send(...pressAndRelease(0x1f), ...pressAndRelease(0x28))

    expect(scans.map((scan) => scan.decoded)).toEqual([
      { kind: 'card', format: 'h10301', facilityCode: null, cardNumber: 1 },
      { kind: 'code', text: '1' },
    ])
    pipeline.stop()
    expect(listeners.size).toBe(0)
  })
})
