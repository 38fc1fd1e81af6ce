import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { HidDevice, HidReaderStatus } from '@shared/schemas/hid-reader'
import type { KioskApp } from '../../electron/app/create-app'
import type { Logger } from '../../electron/services/ports'
import type { HidReport } from '../../electron/services/scanners/hid-reader-link'
import { FakeHid, pcProxInfo } from '../fixtures/fake-hid'
import { startTestApp } from '../fixtures/test-app'
import { TestClock } from '../fixtures/test-clock'
import { useTempDirectory } from '../fixtures/temp-directory'

const rescanMs = 20
const pcProxId = 'hid-0c27-3bfa-0001-0006-0'
/** A boot keyboard report: Shift held, the key for `1`; then all keys up (hid.md §2). */
const keyDown = [0x02, 0x00, 0x1e, 0x00, 0x00, 0x00, 0x00, 0x00]
const keysUp = [0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00]

async function call<T>(kiosk: KioskApp, name: string, payload: unknown = {}): Promise<T> {
  const answer = await kiosk.dispatch(name, payload)
  if (!answer.ok) throw Object.assign(new Error(answer.error.message), answer.error)
  return answer.value as T
}

const stateOf = (kiosk: KioskApp): Pick<HidReaderStatus, 'state' | 'problem'> | undefined => {
  const status = kiosk.hidReaders.status()[0]
  return status && { state: status.state, problem: status.problem }
}

describe('badge readers over raw HID', () => {
  const tempDirectory = useTempDirectory()
  const opened: KioskApp[] = []
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((kiosk) => kiosk.close()))
  })

  async function start(hid: FakeHid, options: { directory?: string; clock?: TestClock; logger?: Logger } = {}) {
    const kiosk = await startTestApp(options.directory ?? tempDirectory(), options.clock ?? new TestClock(), { hid, hidRescanMs: rescanMs, ...(options.logger ? { logger: options.logger } : {}) })
    opened.push(kiosk)
    kiosk.sessions.start('manager')
    const reports: HidReport[] = []
    kiosk.hidReaders.subscribe((report) => reports.push(report))
    return { kiosk, reports }
  }

  async function chosenReader(hid = new FakeHid(), clock = new TestClock()) {
    const reader = hid.add(pcProxInfo())
    const started = await start(hid, { clock })
    const status = await call<HidReaderStatus[]>(started.kiosk, 'scanners.chooseHidReader', { readerId: pcProxId })
    expect(status).toMatchObject([{ readerId: pcProxId, label: 'RF IDeas pcProx USB', state: 'connected', problem: null }])
    return { ...started, hid, reader, clock }
  }

  it('lists every collection with what the console needs to tell readers apart', async () => {
    const hid = new FakeHid()
    hid.add(pcProxInfo())
    hid.add({ vendorId: 0x0c2e, productId: 0x0b81, path: '/dev/hidraw4', interface: 1, usagePage: 0x8c, usage: 0x02, product: 'Voyager 1400g', serialNumber: ' 21123B0042 ' })
    // What a garbled listing may hold: no path, an id out of range, a description far too long.
    hid.rawEntries.push({ vendorId: 0x1234, productId: 1 }, { vendorId: 70_000, productId: 1, path: '/dev/hidraw9' }, 'junk')
    hid.rawEntries.push({ vendorId: 0x05e0, productId: 0x1200, path: '/dev/hidraw5', interface: 0, product: 'x'.repeat(500) })
    const { kiosk } = await start(hid)

    const devices = await call<HidDevice[]>(kiosk, 'scanners.hidDevices')
    expect(devices).toEqual([
      { readerId: pcProxId, vendorId: 0x0c27, productId: 0x3bfa, usagePage: 1, usage: 6, interface: 0, serialNumber: '', manufacturer: 'RF IDeas', product: 'pcProx USB', path: '/dev/hidraw3', chosen: false },
      expect.objectContaining({ readerId: expect.stringMatching(/^hid-0c2e-0b81-008c-0002-1-[0-9a-f]{8}$/), serialNumber: '21123B0042', manufacturer: '', product: 'Voyager 1400g' }),
      expect.objectContaining({ readerId: 'hid-05e0-1200-0000-0000-0', product: '', usagePage: 0, usage: 0 }),
    ])
  })

  it('reads a chosen reader and hands each report on as bytes with the reader and the time', async () => {
    const { kiosk, reader, reports, clock } = await chosenReader()
    reader.send(...keyDown)
    clock.advance(40)
    reader.send(...keysUp)

    expect(reports).toEqual([
      { readerId: pcProxId, bytes: new Uint8Array(keyDown), at: new Date('2026-11-28T09:00:00.000Z') },
      { readerId: pcProxId, bytes: new Uint8Array(keysUp), at: new Date('2026-11-28T09:00:00.040Z') },
    ])
    expect(reports[0]?.bytes).not.toBeInstanceOf(Buffer)
    expect(await call<HidReaderStatus[]>(kiosk, 'scanners.hidReaders')).toMatchObject([{ state: 'connected', reports: 2, lastReportAt: '2026-11-28T09:00:00.040Z', dropped: 0 }])
    expect((await call<HidDevice[]>(kiosk, 'scanners.hidDevices'))[0]?.chosen).toBe(true)
  })

  it('closes the device after a read error, says so, and opens it again', async () => {
    const { kiosk, reader, reports } = await chosenReader()
    reader.failRead('could not read from HID device: Input/output error')
    expect(stateOf(kiosk)).toEqual({ state: 'error', problem: 'could not read from HID device: Input/output error' })
    expect(reader.handles[0]?.closed).toBe(true)

    await vi.waitFor(() => expect(stateOf(kiosk)).toEqual({ state: 'connected', problem: null }))
    expect(reader.openHandles).toHaveLength(1)
    reader.send(...keyDown)
    expect(reports).toHaveLength(1)
  })

  it('shows an unplugged reader as missing, looks for it only while it is, and reads it again at its new path', async () => {
    const { kiosk, hid, reader, reports } = await chosenReader()
    const listingsWhileConnected = hid.listings
    await new Promise((resolve) => setTimeout(resolve, rescanMs * 5))
    expect(hid.listings).toBe(listingsWhileConnected)

    reader.unplug()
    await vi.waitFor(() => expect(stateOf(kiosk)).toEqual({ state: 'missing', problem: null }))
    const listingsWhenMissing = hid.listings
    await vi.waitFor(() => expect(hid.listings).toBeGreaterThan(listingsWhenMissing + 2))

    reader.replug('/dev/hidraw7')
    await vi.waitFor(() => expect(stateOf(kiosk)?.state).toBe('connected'))
    const listingsAfterReplug = hid.listings
    reader.send(...keyDown)
    expect(reports.map((report) => report.readerId)).toEqual([pcProxId])
    await new Promise((resolve) => setTimeout(resolve, rescanMs * 5))
    expect(hid.listings).toBe(listingsAfterReplug)
  })

  it('shows an open refused for want of permission as an error, and keeps trying until it opens', async () => {
    const hid = new FakeHid()
    const reader = hid.add(pcProxInfo())
    reader.openFailure = 'cannot open device with path /dev/hidraw3: Permission denied'
    const { kiosk } = await start(hid)
    await call(kiosk, 'scanners.chooseHidReader', { readerId: pcProxId })
    expect(stateOf(kiosk)).toEqual({ state: 'error', problem: 'cannot open device with path /dev/hidraw3: Permission denied' })

    reader.openFailure = null
    await vi.waitFor(() => expect(stateOf(kiosk)).toEqual({ state: 'connected', problem: null }))
  })

  it('bounds a flood of reports: the rest are dropped and counted, logged once, and the kiosk keeps going', async () => {
    const warnings: string[] = []
    const logger: Logger = { info: () => {}, warn: (message) => warnings.push(message), error: () => {} }
    const hid = new FakeHid()
    const reader = hid.add(pcProxInfo())
    const { kiosk, reports } = await start(hid, { logger })
    await call(kiosk, 'scanners.chooseHidReader', { readerId: pcProxId })
    for (let index = 0; index < 20_000; index += 1) reader.send(...keyDown)
    reader.send()
    reader.send(...new Array<number>(4_096).fill(1))

    expect(reports).toHaveLength(1_000)
    expect(kiosk.hidReaders.status()[0]).toMatchObject({ state: 'connected', reports: 1_000, dropped: 19_002 })
    expect(warnings.filter((message) => message.includes('dropped'))).toHaveLength(1)
    expect((await kiosk.dispatch('kiosk.status', {})).ok).toBe(true)
  })

  it('keeps reading when a consumer of the reports fails', async () => {
    const { kiosk, reader, reports } = await chosenReader()
    kiosk.hidReaders.subscribe(() => {
      throw new Error('a decoder bug')
    })
    reader.send(...keyDown)
    reader.send(...keysUp)
    expect(reports).toHaveLength(2)
    expect(stateOf(kiosk)?.state).toBe('connected')
  })

  it('forgets a reader: its device is closed and it is no longer read', async () => {
    const { kiosk, reader, reports } = await chosenReader()
    expect(await call(kiosk, 'scanners.forgetHidReader', { readerId: pcProxId })).toEqual([])
    expect(reader.openHandles).toHaveLength(0)
    reader.send(...keyDown)
    expect(reports).toEqual([])
    expect(kiosk.settings.get().hidReaders).toEqual([])
  })

  it('refuses a device that is not plugged in, and an eighth reader past the limit', async () => {
    const hid = new FakeHid()
    for (let index = 0; index < 9; index += 1) hid.add({ ...pcProxInfo(`/dev/hidraw${index}`), serialNumber: `S${index}` })
    const { kiosk } = await start(hid)
    await expect(call(kiosk, 'scanners.chooseHidReader', { readerId: 'hid-1234-5678-0001-0006-0' })).rejects.toMatchObject({ code: 'not_found', reason: 'hidReaderNotPresent' })
    const devices = await call<HidDevice[]>(kiosk, 'scanners.hidDevices')
    for (const device of devices.slice(0, 8)) await call(kiosk, 'scanners.chooseHidReader', { readerId: device.readerId })
    await expect(call(kiosk, 'scanners.chooseHidReader', { readerId: devices[8]?.readerId })).rejects.toMatchObject({ code: 'conflict', reason: 'hidReadersFull', params: { count: 8 } })
    expect(kiosk.hidReaders.status().map((status) => status.state)).toEqual(new Array(8).fill('connected'))
  })

  it('is for managers: reception sees the readers’ state but cannot choose one', async () => {
    const { kiosk } = await chosenReader()
    kiosk.sessions.start('reception')
    expect(await call<HidReaderStatus[]>(kiosk, 'scanners.hidReaders')).toHaveLength(1)
    await expect(call(kiosk, 'scanners.hidDevices')).rejects.toMatchObject({ code: 'forbidden' })
    await expect(call(kiosk, 'scanners.forgetHidReader', { readerId: pcProxId })).rejects.toMatchObject({ code: 'forbidden' })
  })

  it('reads the chosen readers again after a restart; a damaged entry is left out on its own and noticed', async () => {
    const directory = tempDirectory()
    const hid = new FakeHid()
    const reader = hid.add(pcProxInfo())
    const scanner = hid.add({ vendorId: 0x0c2e, productId: 0x0b81, path: '/dev/hidraw4', interface: 1, usagePage: 0x8c, usage: 0x02, product: 'Voyager 1400g' })
    const first = await start(hid, { directory })
    await call(first.kiosk, 'scanners.chooseHidReader', { readerId: pcProxId })
    await call(first.kiosk, 'scanners.chooseHidReader', { readerId: 'hid-0c2e-0b81-008c-0002-1' })
    await first.kiosk.close()
    opened.splice(0)
    expect(reader.openHandles).toHaveLength(0)

    const file = join(directory, 'settings.json')
    const raw = JSON.parse(readFileSync(file, 'utf8')) as { hidReaders: Record<string, unknown>[] }
    raw.hidReaders[1]!['vendorId'] = 'Honeywell'
    writeFileSync(file, JSON.stringify(raw))

    const second = await start(hid, { directory })
    await vi.waitFor(() => expect(stateOf(second.kiosk)?.state).toBe('connected'))
    expect(second.kiosk.hidReaders.status().map((status) => status.readerId)).toEqual([pcProxId])
    expect(second.kiosk.notices.map((notice) => notice.kind)).toContain('hidReadersRemoved')
    expect(second.kiosk.notices.find((notice) => notice.kind === 'hidReadersRemoved')?.params).toEqual({ readers: ['Voyager 1400g'] })
    reader.send(...keyDown)
    scanner.send(...keyDown)
    expect(second.reports.map((report) => report.readerId)).toEqual([pcProxId])
  })

  it('says why when the HID library cannot list devices, and shows each chosen reader in error', async () => {
    const directory = tempDirectory()
    const hid = new FakeHid()
    hid.add(pcProxInfo())
    const first = await start(hid, { directory })
    await call(first.kiosk, 'scanners.chooseHidReader', { readerId: pcProxId })
    await first.kiosk.close()
    opened.splice(0)

    const problem = 'libusb-1.0.so.0: cannot open shared object file'
    const broken = Object.assign(new FakeHid(), { devicesAsync: () => Promise.reject(new Error(problem)) })
    const { kiosk } = await start(broken, { directory })
    await expect(call(kiosk, 'scanners.hidDevices')).rejects.toMatchObject({ code: 'unavailable', reason: 'hidUnavailable', params: { problem } })
    await vi.waitFor(() => expect(stateOf(kiosk)).toEqual({ state: 'error', problem: `The HID devices could not be listed: ${problem}` }))
  })
})
