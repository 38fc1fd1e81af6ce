import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defaultHidReaderDecoding, hidReaderIdOf, type HidDevice, type HidReaderStatus } from '@shared/schemas/hid-reader'
import type { ReaderActivity } from '@shared/schemas/reader-activity'
import ScannersHidPanel from '@renderer/components/scanners/ScannersHidPanel.vue'
import { useScannerSetupStore } from '@renderer/stores/scanner-setup'
import { createFakeKiosk, ok, type FakeKiosk } from './fake-kiosk'
import { answerKeyboardReading, mountScannerPanel } from './scanners-fixtures'

const identity = { vendorId: 0x0c27, productId: 0x3bfa, usagePage: 0x01, usage: 0x06, interface: 0, serialNumber: '' }
const readerId = hidReaderIdOf(identity)
const pcProx: HidDevice = { ...identity, readerId, manufacturer: 'RF IDeas', product: 'pcProx Plus', path: '/dev/hidraw3', chosen: false }
const since = '2026-12-03T09:00:00.000Z'
const status: HidReaderStatus = {
  readerId,
  label: 'RF IDeas pcProx Plus',
  state: 'error',
  problem: 'cannot open device with path /dev/hidraw3',
  since,
  reports: 12,
  lastReportAt: since,
  dropped: 3,
  decoding: defaultHidReaderDecoding(0x01),
  scanProblem: { problem: 'wrong-bit-length', message: 'The frame has 25 bits', at: since },
}
const activity: ReaderActivity = {
  readerId,
  reports: [
    { at: '2026-12-03T09:00:01.000Z', hex: '00 00 1e 00 00 00 00 00' },
    { at: '2026-12-03T09:00:01.020Z', hex: '00 00 00 00 00 00 00 00' },
  ],
  results: [
    { kind: 'scan', at: '2026-12-03T09:00:02.000Z', raw: '10003', decoded: { kind: 'card', format: 'h10301', facilityCode: 42, cardNumber: 10003 }, parity: 'failed', repeat: false },
    { kind: 'scan', at: '2026-12-03T09:00:03.000Z', raw: '10003', decoded: { kind: 'card', format: 'h10301', facilityCode: 42, cardNumber: 10003 }, parity: 'ok', repeat: true },
    { kind: 'problem', at: '2026-12-03T09:00:04.000Z', problem: { problem: 'not-a-number', message: 'x' } },
  ],
}

let fake: FakeKiosk
let wrapper: VueWrapper
beforeEach(() => {
  vi.useFakeTimers()
  fake = createFakeKiosk()
  answerKeyboardReading(fake)
  fake.calls['scanners.hidDevices'].mockImplementation(() => ok([pcProx]))
  fake.calls['scanners.hidReaders'].mockImplementation(() => ok([]))
  fake.calls['scanners.readerActivity'].mockImplementation(() => ok([]))
})
afterEach(() => {
  wrapper.unmount()
  vi.useRealTimers()
})

/** A manager's view of the pcProx chosen and connected, whose decoding saves answer its status. */
async function mountConnectedReaderForManager(): Promise<VueWrapper> {
    fake.calls['scanners.hidReaders'].mockImplementation(() => ok([{ ...status, state: 'connected', problem: null }]))
    fake.calls['scanners.setHidReaderDecoding'].mockImplementation(() => ok([status]))
  return mountScannerPanel(fake, ScannersHidPanel, { canChange: true })
}

const texts = (testId: string): string[] => wrapper.findAll(`[data-testid="${testId}"]`).map((node) => node.text())

describe('the USB HID readers panel', () => {
  it('says what to do when nothing is plugged in', async () => {
    fake.calls['scanners.hidDevices'].mockImplementation(() => ok([]))
    wrapper = await mountScannerPanel(fake, ScannersHidPanel, { canChange: true })
    expect(wrapper.get('[data-testid="hid-empty"]').text()).toContain('install the udev rule from the README')
    expect(wrapper.text()).toContain('No reader is chosen yet.')
  })

  it('lists the devices with their ids as four hex digits, and chooses one', async () => {
    fake.calls['scanners.chooseHidReader'].mockImplementation(() => ok([{ ...status, state: 'connected', problem: null }]))
    wrapper = await mountScannerPanel(fake, ScannersHidPanel, { canChange: true })
    const device = wrapper.get('[data-testid="hid-device"]')
    expect(device.text()).toContain('RF IDeas pcProx Plus')
    expect(device.text()).toContain('USB id 0c27:3bfa, usage page 0x0001, usage 0x0006')
    expect(device.text()).toContain('Path: /dev/hidraw3')

    fake.calls['scanners.hidDevices'].mockImplementation(() => ok([{ ...pcProx, chosen: true }]))
    await device.get('button').trigger('click')
    await flushPromises()
    expect(fake.calls['scanners.chooseHidReader']).toHaveBeenCalledWith({ readerId })
    expect(wrapper.get('[data-testid="hid-device"]').text()).toContain('Chosen')
    expect(texts('hid-reader-state')).toEqual(['Connected'])
  })

  it('shows a reader’s state in node-hid’s words, its counters and its live activity, polled each second', async () => {
    fake.calls['scanners.hidReaders'].mockImplementation(() => ok([status]))
    fake.calls['scanners.readerActivity'].mockImplementation(() => ok([{ ...activity, results: [], reports: [] }]))
    wrapper = await mountScannerPanel(fake, ScannersHidPanel, { canChange: false })
    const reader = wrapper.get('[data-testid="hid-reader"]')
    expect(texts('hid-reader-state')).toEqual(['Cannot be read'])
    expect(reader.text()).toContain('The system says: cannot open device with path /dev/hidraw3')
    expect(reader.text()).toContain('12 reports read since it was connected.')
    expect(reader.text()).toContain('3 reports dropped as a flood.')
    expect(reader.text()).toContain('The frame has another length than the card format')
    expect(reader.text()).toContain('Nothing read yet: scan a card on this reader.')

    fake.calls['scanners.readerActivity'].mockImplementation(() => ok([activity]))
    await vi.advanceTimersByTimeAsync(1_000)
    expect(texts('reader-report')).toEqual(['00 00 00 00 00 00 00 00', '00 00 1e 00 00 00 00 00'])
    expect(texts('reader-result')).toEqual([
      expect.stringContaining('The value is not a number'),
      expect.stringMatching(/Card 42:10003 \(HID H10301 \(26-bit\)\)\s*Parity OK\s*left out as a repeat/),
      expect.stringMatching(/Card 42:10003 \(HID H10301 \(26-bit\)\)\s*Parity FAILED/),
    ])
    expect(wrapper.findAll('[data-parity="failed"]')).toHaveLength(1)
    expect(useScannerSetupStore().testCard).toMatchObject({ readerId, parity: 'failed', card: { cardNumber: 10003 } })
  })

  it('stops polling when the page closes', async () => {
    wrapper = await mountScannerPanel(fake, ScannersHidPanel, { canChange: false })
    await vi.advanceTimersByTimeAsync(2_000)
    const polls = fake.calls['scanners.readerActivity'].mock.calls.length
    expect(polls).toBe(3)
    wrapper.unmount()
    await vi.advanceTimersByTimeAsync(5_000)
    expect(fake.calls['scanners.readerActivity'].mock.calls.length).toBe(polls)
  })

  it('gives reception no device list, format editor or forget button', async () => {
    fake.calls['scanners.hidReaders'].mockImplementation(() => ok([status]))
    wrapper = await mountScannerPanel(fake, ScannersHidPanel, { canChange: false })
    expect(fake.calls['scanners.hidDevices']).not.toHaveBeenCalled()
    expect(wrapper.find('[data-testid="hid-device"]').exists()).toBe(false)
    expect(wrapper.find('form').exists()).toBe(false)
    expect(wrapper.find('button').exists()).toBe(false)
  })

  it('lets a manager set the prefix and suffix a keyboard-report reader types, refusing a key that is not one', async () => {
    wrapper = await mountConnectedReaderForManager()
    await wrapper.get('input[name="framingPrefix"]').setValue('F13')
    await wrapper.get('input[name="framingSuffix"]').setValue('#')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(fake.calls['scanners.setHidReaderDecoding']).toHaveBeenCalledWith({
      readerId,
      decoding: { output: { ...status.decoding.output, framing: { prefix: ['F13'], suffix: ['#'] } }, keyboardReportId: null },
    })

    await wrapper.get('input[name="framingPrefix"]').setValue('F13F14')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(fake.calls['scanners.setHidReaderDecoding']).toHaveBeenCalledTimes(1)
    expect(wrapper.text()).toContain('"F13F14" is not one key')
  })

  it('lets a manager set a reader’s output format and forget it', async () => {
    fake.calls['scanners.forgetHidReader'].mockImplementation(() => ok([]))
    wrapper = await mountConnectedReaderForManager()
    await wrapper.get('select[name="formatKind"]').setValue('wiegand-frame')
    await wrapper.get('select[name="frameEncoding"]').setValue('pacs-hex')
    await wrapper.get('input[name="keyboardReportId"]').setValue('2')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(fake.calls['scanners.setHidReaderDecoding']).toHaveBeenCalledWith({
      readerId,
      decoding: { output: { ...status.decoding.output, format: { kind: 'wiegand-frame', encoding: 'pacs-hex', format: 'h10301' } }, keyboardReportId: 2 },
    })
    expect(wrapper.text()).toContain('Saved: the next scan is read this way.')

    await wrapper.get('input[name="keyboardReportId"]').setValue('300')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(fake.calls['scanners.setHidReaderDecoding']).toHaveBeenCalledTimes(1)
    expect(wrapper.text()).toContain('Enter whole numbers')

    const forget = wrapper.findAll('button').find((button) => button.text() === 'Forget this reader')
    await forget?.trigger('click')
    await flushPromises()
    expect(fake.calls['scanners.forgetHidReader']).toHaveBeenCalledWith({ readerId })
    expect(wrapper.find('[data-testid="hid-reader"]').exists()).toBe(false)
  })

  it('suggests a format from the values a reader sent under a wrong one, and applies it to that reader only on a manager’s click', async () => {
    const decoding = { output: { ...status.decoding.output, framing: { prefix: ['F13'], suffix: [] } }, keyboardReportId: 2 }
    const misread = (at: string, line?: string) => ({ kind: 'problem', at, problem: { problem: 'not-a-number', message: 'x' }, ...(line ? { line } : {}) }) as const
    fake.calls['scanners.hidReaders'].mockImplementation(() => ok([{ ...status, state: 'connected', problem: null, decoding }]))
    fake.calls['scanners.setHidReaderDecoding'].mockImplementation(() => ok([status]))
    fake.calls['scanners.readerActivity'].mockImplementation(() =>
      ok([{ readerId, reports: [], results: [misread('2026-12-03T09:00:01.000Z', '42:12345'), misread('2026-12-03T09:00:02.000Z', '42:12346'), misread('2026-12-03T09:00:03.000Z', '42:12345'), misread('2026-12-03T09:00:04.000Z')] }]),
    )
    wrapper = await mountScannerPanel(fake, ScannersHidPanel, { canChange: true })
    await vi.advanceTimersByTimeAsync(1_000)

    expect(texts('reader-line')).toEqual(['It sent "42:12345"', 'It sent "42:12346"', 'It sent "42:12345"'])
    const suggestion = wrapper.findAll('[data-testid="format-suggestion"]').find((node) => node.text().includes('Facility code and card number'))
    expect(suggestion?.text()).toContain('Likely')
    expect(fake.calls['scanners.setHidReaderDecoding']).not.toHaveBeenCalled()

    await suggestion?.get('button').trigger('click')
    await flushPromises()
    expect(fake.calls['scanners.setHidReaderDecoding']).toHaveBeenCalledTimes(1)
    expect(fake.calls['scanners.setHidReaderDecoding']).toHaveBeenCalledWith({
      readerId,
      decoding: { ...decoding, output: { ...decoding.output, format: { kind: 'facility-and-card', separator: ':', cardFormat: 'h10301' } } },
    })
    expect(fake.calls['scanners.setKeyboardReading']).not.toHaveBeenCalled()
    expect(wrapper.text()).toContain('This reader now uses')
  })
})
