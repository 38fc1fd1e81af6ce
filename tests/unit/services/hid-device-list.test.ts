import { describe, expect, it } from 'vitest'
import { chosenHidReaderSchema, hidReaderIdOf } from '@shared/schemas/hid-reader'
import { hidReaderLabelOf, listHidDevices } from '../../../electron/services/scanners/hid-device-list'

const pcProx = { vendorId: 0x0c27, productId: 0x3bfa, path: '/dev/hidraw3', interface: 0, release: 0x100, usagePage: 1, usage: 6, manufacturer: 'RF IDeas', product: 'pcProx USB' }

describe('listHidDevices', () => {
  it('keeps what tells a reader apart, with a stable id, and fills what the OS left out', () => {
    const libusbEntry = { vendorId: 0x0c27, productId: 0x3bfa, path: '1-2:1.0', interface: 0, release: 0x100 }
    expect(listHidDevices([pcProx, libusbEntry]).devices).toEqual([
      { readerId: 'hid-0c27-3bfa-0001-0006-0', vendorId: 0x0c27, productId: 0x3bfa, usagePage: 1, usage: 6, interface: 0, serialNumber: '', manufacturer: 'RF IDeas', product: 'pcProx USB', path: '/dev/hidraw3' },
      { readerId: 'hid-0c27-3bfa-0000-0000-0', vendorId: 0x0c27, productId: 0x3bfa, usagePage: 0, usage: 0, interface: 0, serialNumber: '', manufacturer: '', product: '', path: '1-2:1.0' },
    ])
  })

  it('skips entries without a usable id or path, and blanks a garbled description instead of dropping the device', () => {
    const { devices, skipped } = listHidDevices([
      null,
      'junk',
      { ...pcProx, path: '' },
      { ...pcProx, vendorId: -1 },
      { ...pcProx, productId: 1.5 },
      { ...pcProx, product: 'x'.repeat(127), manufacturer: 42, usagePage: 'keyboard' },
    ])
    expect(skipped).toBe(5)
    expect(devices).toEqual([expect.objectContaining({ product: '', manufacturer: '', usagePage: 0, readerId: 'hid-0c27-3bfa-0000-0006-0' })])
  })

  it('tells two readers of one model apart by their serial numbers, without the serial in the id', () => {
    const [first, second] = listHidDevices([
      { ...pcProx, serialNumber: 'A 1/2' },
      { ...pcProx, path: '/dev/hidraw4', serialNumber: 'A 1/3' },
    ]).devices
    expect(first?.readerId).toMatch(/^hid-0c27-3bfa-0001-0006-0-[0-9a-f]{8}$/)
    expect(second?.readerId).toMatch(/^hid-0c27-3bfa-0001-0006-0-[0-9a-f]{8}$/)
    expect(first?.readerId).not.toBe(second?.readerId)
    expect(listHidDevices([{ ...pcProx, interface: -1 }]).devices[0]?.readerId).toBe('hid-0c27-3bfa-0001-0006-x')
  })

  it('names a reader by what it calls itself, else by its USB ids', () => {
    const [named, bare] = listHidDevices([pcProx, { vendorId: 0x5e0, productId: 0x1200, path: '/dev/hidraw5', interface: 0 }]).devices
    expect(named && hidReaderLabelOf(named)).toBe('RF IDeas pcProx USB')
    expect(bare && hidReaderLabelOf(bare)).toBe('05e0:1200')
  })
})

describe('chosenHidReaderSchema', () => {
  const identity = { vendorId: 0x0c27, productId: 0x3bfa, usagePage: 1, usage: 6, interface: 0, serialNumber: '' }

  it('accepts a reader whose id is its identity’s, and refuses one whose id names another device', () => {
    expect(chosenHidReaderSchema.safeParse({ ...identity, id: hidReaderIdOf(identity), label: 'pcProx' }).success).toBe(true)
    const other = chosenHidReaderSchema.safeParse({ ...identity, id: 'hid-0c27-3bfa-0001-0006-1', label: 'pcProx' })
    expect(other.success || other.error.issues.map((issue) => issue.path)).toEqual([['id']])
  })
})
