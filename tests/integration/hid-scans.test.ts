import { afterEach, describe, expect, it } from 'vitest'
import type { EventName } from '@shared/ipc/events'
import type { HidReaderDecoding, HidReaderStatus } from '@shared/schemas/hid-reader'
import type { ReaderActivity } from '@shared/schemas/reader-activity'
import type { ScanEvent } from '@shared/schemas/scan'
import type { KioskApp } from '../../electron/app/create-app'
import type { Logger } from '../../electron/services/ports'
import { FakeHid, pcProxInfo } from '../fixtures/fake-hid'
import { bootReport, pressAndRelease } from '../fixtures/scan-input'
import { startTestApp } from '../fixtures/test-app'
import { TestClock } from '../fixtures/test-clock'
import { useTempDirectory } from '../fixtures/temp-directory'

const pcProxId = 'hid-0c27-3bfa-0001-0006-0'
const posScannerId = 'hid-0c2e-0b81-008c-0002-1'
/** S-POS1 (hid.md §3.4): EAN-13 `3046920029759` in one 64-byte HID POS report. */
const sPos1 = [0x02, 0x0d, 0x5d, 0x45, 0x30, ...[...'3046920029759'].map((digit) => digit.charCodeAt(0))]
const sPos1Report = [...sPos1, ...new Array<number>(61 - sPos1.length).fill(0), 0x64, 0x00, 0x00]
/** W1 (hid.md §4.1): FC 42, CN 12345 as an H10301 frame in decimal; one bit less breaks the odd parity. */
const w1Decimal = '39084147'
const w1BadParity = '39084146'

/** A reader typing digits then Enter (`\n`): each key down, then all keys up (hid.md §2). */
const reportsTyping = (text: string): Uint8Array[] =>
  [...text].flatMap((character) => pressAndRelease(character === '\n' ? 0x28 : character === '0' ? 0x27 : 0x1d + Number(character)))

async function call<T>(kiosk: KioskApp, name: string, payload: unknown = {}): Promise<T> {
  const answer = await kiosk.dispatch(name, payload)
  if (!answer.ok) throw Object.assign(new Error(answer.error.message), answer.error)
  return answer.value as T
}

describe('scans from badge readers over raw HID', () => {
  const tempDirectory = useTempDirectory()
  const opened: KioskApp[] = []
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((kiosk) => kiosk.close()))
  })

  async function chosen(device: Parameters<FakeHid['add']>[0], readerId: string, logger?: Logger) {
    const hid = new FakeHid()
    const reader = hid.add(device)
    const clock = new TestClock()
    const kiosk = await startTestApp(tempDirectory(), clock, { hid, hidRescanMs: 20, ...(logger ? { logger } : {}) })
    opened.push(kiosk)
    kiosk.sessions.start('manager')
    await call<HidReaderStatus[]>(kiosk, 'scanners.chooseHidReader', { readerId })
    const scans: ScanEvent[] = []
    const heard: EventName[] = []
    kiosk.events.subscribe((name, payload) => {
      heard.push(name)
      if (name === 'scanner.scan') scans.push(payload as ScanEvent)
    })
    const type = (text: string, msPerReport = 8): void => {
      for (const report of reportsTyping(text)) {
        reader.send(...report)
        clock.advance(msPerReport)
      }
    }
    return { kiosk, reader, clock, scans, heard, type }
  }

  const statusOf = (kiosk: KioskApp): HidReaderStatus | undefined => kiosk.hidReaders.status()[0]

  it('types a card on a keyboard-report reader into one scan event with the decoded card', async () => {
    const { kiosk, scans, heard, type } = await chosen(pcProxInfo(), pcProxId)
    expect(statusOf(kiosk)?.decoding.output.format).toEqual({ kind: 'card-number', cardFormat: 'h10301', facilityCode: null })

    type('12345\n')

    expect(scans).toEqual([
      {
        source: 'hid',
        readerId: pcProxId,
        raw: '12345',
        decoded: { kind: 'card', format: 'h10301', facilityCode: null, cardNumber: 12345 },
        parity: 'not-checked',
        at: '2026-11-28T09:00:00.080Z',
      },
    ])
    expect(heard).toEqual(['scanner.scan'])
    // The welcome screen takes scans with no staff session open.
    kiosk.sessions.end('locked')
    expect(kiosk.mayReceive('scanner.scan')).toBe(true)
  })

  it('leaves out the same card read again within 2 s, and takes it after', async () => {
    const { scans, clock, type } = await chosen(pcProxInfo(), pcProxId)
    type('12345\n')
    clock.advance(1_500)
    type('12345\n')
    type('54321\n')
    clock.advance(2_000)
    type('54321\n')

    expect(scans.map((scan) => [scan.raw, scan.at])).toEqual([
      ['12345', '2026-11-28T09:00:00.080Z'],
      ['54321', '2026-11-28T09:00:01.772Z'],
      ['54321', '2026-11-28T09:00:03.868Z'],
    ])
  })

  it('puts a bad frame on the reader status, logged once, with no event, and reads the next card', async () => {
    const warnings: string[] = []
    const logger: Logger = { info: () => {}, warn: (message) => warnings.push(message), error: () => {} }
    const { kiosk, reader, scans, type } = await chosen(pcProxInfo(), pcProxId, logger)

    const cutShort = [...bootReport(0, 0x1e)].slice(0, 3)
    reader.send(...cutShort)
    reader.send(...cutShort)
    type('99999\n')

    expect(scans).toEqual([])
    expect(statusOf(kiosk)?.scanProblem).toMatchObject({ problem: 'out-of-range', at: '2026-11-28T09:00:00.080Z' })
    expect(warnings.filter((message) => message.includes('not a scan'))).toHaveLength(2)

    type('12345\n')
    expect(scans.map((scan) => scan.raw)).toEqual(['12345'])
    expect(statusOf(kiosk)).toMatchObject({ state: 'connected', dropped: 0 })
  })

  it('reads a whole Wiegand frame as a manager set it, and a parity failure is a scan that says so', async () => {
    const { kiosk, scans, type } = await chosen(pcProxInfo(), pcProxId)
    const decoding: HidReaderDecoding = { output: { format: { kind: 'wiegand-frame', encoding: 'decimal', format: 'h10301' }, framing: { prefix: [], suffix: [] }, timing: statusOf(kiosk)!.decoding.output.timing }, keyboardReportId: null }
    const status = await call<HidReaderStatus[]>(kiosk, 'scanners.setHidReaderDecoding', { readerId: pcProxId, decoding })
    expect(status[0]?.decoding).toEqual(decoding)
    expect(kiosk.settings.get().hidReaders[0]?.decoding).toEqual(decoding)

    type(`${w1Decimal}\n`)
    expect(statusOf(kiosk)?.scanProblem).toBeNull()
    type(`${w1BadParity}\n`)

    expect(scans.map(({ decoded, parity }) => ({ decoded, parity }))).toEqual([
      { decoded: { kind: 'card', format: 'h10301', facilityCode: 42, cardNumber: 12345 }, parity: 'ok' },
      { decoded: { kind: 'card', format: 'h10301', facilityCode: 42, cardNumber: 12345 }, parity: 'failed' },
    ])
    expect(statusOf(kiosk)?.scanProblem).toMatchObject({ problem: 'parity-failed' })
  })

  it('keeps the line a card typed under a wrong format on its problem, framing off, so the set-up page can suggest one', async () => {
    const { kiosk, scans, type } = await chosen(pcProxInfo(), pcProxId)
    const { timing } = statusOf(kiosk)!.decoding.output
    const decoding: HidReaderDecoding = { output: { format: { kind: 'facility-and-card', separator: ':', cardFormat: 'h10301' }, framing: { prefix: ['1'], suffix: [] }, timing }, keyboardReportId: null }
    await call(kiosk, 'scanners.setHidReaderDecoding', { readerId: pcProxId, decoding })

    type(`1${w1Decimal}\n`)
    type('2345\n')

    expect(scans).toEqual([])
    const [activity] = await call<ReaderActivity[]>(kiosk, 'scanners.readerActivity')
    expect(activity?.results).toEqual([
      { kind: 'problem', at: expect.any(String), problem: { problem: 'not-a-number', message: expect.any(String) }, line: w1Decimal },
      { kind: 'problem', at: expect.any(String), problem: { problem: 'framing-mismatch', message: expect.any(String) }, line: '2345' },
    ])
  })

  it('refuses to set how an unchosen device is read', async () => {
    const { kiosk } = await chosen(pcProxInfo(), pcProxId)
    const decoding = { output: { format: { kind: 'text' } } }
    await expect(call(kiosk, 'scanners.setHidReaderDecoding', { readerId: posScannerId, decoding })).rejects.toMatchObject({ code: 'not_found' })
  })

  it('reads a HID POS scanner as barcodes, and a short report as a problem', async () => {
    const posScanner = { vendorId: 0x0c2e, productId: 0x0b81, path: '/dev/hidraw4', interface: 1, usagePage: 0x8c, usage: 0x02, product: 'Voyager 1400g' }
    const { kiosk, reader, scans } = await chosen(posScanner, posScannerId)

    reader.send(...sPos1Report)
    reader.send(0x02, 0x0d)

    expect(scans).toMatchObject([{ readerId: posScannerId, raw: '3046920029759', decoded: { kind: 'code', text: '3046920029759' }, parity: 'not-checked' }])
    expect(statusOf(kiosk)?.scanProblem).toMatchObject({ problem: 'report-too-short' })
  })

  it('survives a flood of key reports: bounded, counted, and no garbage event', async () => {
    const { kiosk, reader, scans } = await chosen(pcProxInfo(), pcProxId)
    const [down, up] = pressAndRelease(0x1e).map((report) => [...report])
    for (let index = 0; index < 5_000; index += 1) reader.send(...(index % 2 === 0 ? down! : up!))

    expect(scans).toEqual([])
    expect(statusOf(kiosk)).toMatchObject({ state: 'connected', scanProblem: { problem: 'line-too-long' } })
    expect(statusOf(kiosk)?.dropped).toBeGreaterThan(0)
    const [activity] = await call<ReaderActivity[]>(kiosk, 'scanners.readerActivity')
    expect(activity?.reports).toHaveLength(40)
    expect(activity?.reports.at(-1)?.hex).toBe('00 00 00 00 00 00 00 00')
    expect(activity?.results.length).toBeLessThanOrEqual(20)
  })

  it('keeps each reader’s last reports in hex and what they made: a scan, a repeat left out, a problem', async () => {
    const { kiosk, reader, clock, scans, type } = await chosen(pcProxInfo(), pcProxId)
    type('12345\n')
    clock.advance(500)
    type('12345\n')
    reader.send(0x00, 0x00, 0x1e)

    expect(scans).toHaveLength(1)
    kiosk.sessions.start('reception')
    const [activity, ...others] = await call<ReaderActivity[]>(kiosk, 'scanners.readerActivity')
    expect(others).toEqual([])
    expect(activity?.readerId).toBe(pcProxId)
    expect(activity?.reports).toHaveLength(25)
    expect(activity?.reports.slice(0, 2)).toEqual([
      { at: '2026-11-28T09:00:00.000Z', hex: '00 00 1e 00 00 00 00 00' },
      { at: '2026-11-28T09:00:00.008Z', hex: '00 00 00 00 00 00 00 00' },
    ])
    expect(activity?.reports.at(-1)?.hex).toBe('00 00 1e')
    const card = { kind: 'card', format: 'h10301', facilityCode: null, cardNumber: 12345 }
    expect(activity?.results).toEqual([
      { kind: 'scan', at: '2026-11-28T09:00:00.080Z', raw: '12345', decoded: card, parity: 'not-checked', repeat: false },
      { kind: 'scan', at: '2026-11-28T09:00:00.676Z', raw: '12345', decoded: card, parity: 'not-checked', repeat: true },
      { kind: 'problem', at: '2026-11-28T09:00:00.692Z', problem: { problem: 'report-too-short', message: expect.any(String) } },
    ])
  })

  it('keeps no more than the last 40 reports and 20 results, and forgets them with the reader', async () => {
    const { kiosk, type } = await chosen(pcProxInfo(), pcProxId)
    for (let card = 10_000; card < 10_025; card += 1) type(`${card}\n`)

    const [activity] = await call<ReaderActivity[]>(kiosk, 'scanners.readerActivity')
    expect(activity?.reports).toHaveLength(40)
    expect(activity?.results.map((result) => result.kind === 'scan' && result.raw)).toEqual(Array.from({ length: 20 }, (_, index) => String(10_005 + index)))

    await call(kiosk, 'scanners.forgetHidReader', { readerId: pcProxId })
    expect(await call(kiosk, 'scanners.readerActivity')).toEqual([])
    await call(kiosk, 'scanners.chooseHidReader', { readerId: pcProxId })
    expect(await call(kiosk, 'scanners.readerActivity')).toEqual([{ readerId: pcProxId, reports: [], results: [] }])
  })
})
