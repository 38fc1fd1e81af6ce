import { z } from 'zod'
import { hidReaderIdOf, usbIdText, type HidReaderIdentity } from '@shared/schemas/hid-reader'

/** One HID collection as listed now, with the id a manager's choice of it would get. */
export interface ListedHidDevice extends HidReaderIdentity {
  readerId: string
  manufacturer: string
  product: string
  path: string
}

const usbId = z.int().min(0).max(0xffff)
const deviceText = z.string().max(126).catch('')

/**
 * node-hid's `Device` as the OS and the device describe it. Identity and path must be sound or the
 * entry is skipped; a description the device garbles (an overlong or missing string) only goes blank.
 */
const nodeHidDeviceSchema = z.object({
  vendorId: usbId,
  productId: usbId,
  path: z.string().min(1).max(1024),
  usagePage: usbId.optional().catch(undefined),
  usage: usbId.optional().catch(undefined),
  interface: z.int().min(-1).max(255).optional().catch(undefined),
  serialNumber: deviceText.optional(),
  manufacturer: deviceText.optional(),
  product: deviceText.optional(),
})

/** The devices node-hid listed, each checked; `skipped` counts entries that could not be used. */
export function listHidDevices(entries: readonly unknown[]): { devices: ListedHidDevice[]; skipped: number } {
  const devices: ListedHidDevice[] = []
  for (const entry of entries) {
    const parsed = nodeHidDeviceSchema.safeParse(entry)
    if (!parsed.success) continue
    const { vendorId, productId, path, usagePage = 0, usage = 0, interface: port = -1, serialNumber = '', manufacturer = '', product = '' } = parsed.data
    const identity = { vendorId, productId, usagePage, usage, interface: port, serialNumber: serialNumber.trim() }
    devices.push({ ...identity, readerId: hidReaderIdOf(identity), manufacturer: manufacturer.trim(), product: product.trim(), path })
  }
  return { devices, skipped: entries.length - devices.length }
}

/** What a chosen reader is called: what the device calls itself, else its USB ids. */
export function hidReaderLabelOf(device: ListedHidDevice): string {
  const named = [device.manufacturer, device.product].filter((part) => part !== '').join(' ')
  return named === '' ? `${usbIdText(device.vendorId)}:${usbIdText(device.productId)}` : named
}
