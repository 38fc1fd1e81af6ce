import { z } from 'zod'
import { readerOutputSettingSchema, scanDiagnosticSchema } from './scan'

/** A kiosk reads at most this many readers over raw HID; more is a damaged or hostile settings file. */
export const maxChosenHidReaders = 8

const usbId = z.int().min(0).max(0xffff)
/** USB string descriptors hold at most 126 UTF-16 units; anything longer did not come from a device. */
const deviceText = z.string().max(126)

/**
 * What tells one reader from another across an unplug: the path changes (`/dev/hidraw3` becomes
 * `/dev/hidraw5`), these do not. Usage page and usage are 0 where the OS does not say (node-hid leaves
 * them out then, and the libusb backend never has them); the interface is -1 when not USB.
 */
export const hidReaderIdentitySchema = z.object({
  vendorId: usbId,
  productId: usbId,
  usagePage: usbId,
  usage: usbId,
  interface: z.int().min(-1).max(255),
  serialNumber: deviceText,
})
export type HidReaderIdentity = z.infer<typeof hidReaderIdentitySchema>

export const hidReaderIdSchema = z.string().regex(/^hid-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-(?:x|\d{1,3})(?:-[0-9a-f]{8})?$/)

/** A USB vendor or product id as lsusb, udev rules and reader manuals write it: four hex digits. */
export const usbIdText = (value: number): string => value.toString(16).padStart(4, '0')

/**
 * The reader's id, the same every time the same device is listed, so choosing it twice is one
 * choice and later per-reader settings (the output format) can key on it. The serial number goes in
 * as a short hash: it is device text of any shape, and the id travels in settings and logs.
 */
export function hidReaderIdOf(identity: HidReaderIdentity): string {
  const port = identity.interface < 0 ? 'x' : String(identity.interface)
  const serial = identity.serialNumber === '' ? '' : `-${fnv1a(identity.serialNumber)}`
  return [
    'hid',
    usbIdText(identity.vendorId),
    usbIdText(identity.productId),
    usbIdText(identity.usagePage),
    usbIdText(identity.usage),
    `${port}${serial}`,
  ].join('-')
}

function fnv1a(text: string): string {
  let hash = 0x811c9dc5
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash.toString(16).padStart(8, '0')
}

/** HID POS (usage page 0x8C): a scanner that reports barcodes as data rather than as keys. */
export const hidPosUsagePage = 0x8c

/**
 * How a chosen reader's reports are read: what its values mean, and for a keyboard-report reader the
 * report id its keyboard collection numbers reports with (null when they are not numbered), since a
 * report read with the wrong one would decode one byte off.
 */
export const hidReaderDecodingSchema = z.object({
  output: readerOutputSettingSchema,
  keyboardReportId: z.int().min(1).max(255).nullable().default(null),
})
export type HidReaderDecoding = z.infer<typeof hidReaderDecodingSchema>

/**
 * What a reader is read as until a manager says otherwise: a keyboard-report reader as a pcProx out
 * of the box types it (the card number alone, then Enter), a HID POS scanner as plain codes.
 */
export function defaultHidReaderDecoding(usagePage: number): HidReaderDecoding {
  const format: HidReaderDecoding['output']['format'] =
    usagePage === hidPosUsagePage ? { kind: 'text' } : { kind: 'card-number', cardFormat: 'h10301', facilityCode: null }
  return { output: readerOutputSettingSchema.parse({ format }), keyboardReportId: null }
}

/** A reader a manager chose in the console; the label is what the device called itself then. */
export const chosenHidReaderSchema = hidReaderIdentitySchema
  .extend({
    id: hidReaderIdSchema,
    label: z.string().max(260),
    /** Absent until a manager sets it; the default for the reader's usage page applies meanwhile. */
    decoding: hidReaderDecodingSchema.optional(),
  })
  .refine((reader) => reader.id === hidReaderIdOf(reader), { path: ['id'] })
export type ChosenHidReader = z.infer<typeof chosenHidReaderSchema>

export const chosenHidReadersSchema = z
  .array(chosenHidReaderSchema)
  .max(maxChosenHidReaders)
  .refine((readers) => new Set(readers.map((reader) => reader.id)).size === readers.length)

/** One HID collection as the console lists it: a device with several collections is listed once per usage. */
export const hidDeviceSchema = hidReaderIdentitySchema.extend({
  readerId: hidReaderIdSchema,
  manufacturer: deviceText,
  product: deviceText,
  /** Where the OS has it now; shown to help an installer, never stored. */
  path: z.string().max(1024),
  chosen: z.boolean(),
})
export type HidDevice = z.infer<typeof hidDeviceSchema>

export const hidReaderStates = ['connected', 'missing', 'error'] as const
export type HidReaderState = (typeof hidReaderStates)[number]

/** How a chosen reader is doing now, for the console's scanner diagnostics. */
export const hidReaderStatusSchema = z.object({
  readerId: hidReaderIdSchema,
  label: z.string(),
  state: z.enum(hidReaderStates),
  /** node-hid's own words for the last open or read failure while the state is `error`. */
  problem: z.string().nullable(),
  since: z.iso.datetime(),
  /** Reports read since the reader was last connected, and the last one's time. */
  reports: z.int().min(0),
  lastReportAt: z.iso.datetime().nullable(),
  /** Reports dropped because the reader sent more than a reader can (a stuck or faulty device). */
  dropped: z.int().min(0),
  /** How its reports are read now (the default until a manager sets one). */
  decoding: hidReaderDecodingSchema,
  /** The last report or value that could not be read as a scan, for the installer; null while all were read. */
  scanProblem: scanDiagnosticSchema.extend({ at: z.iso.datetime() }).nullable(),
})
export type HidReaderStatus = z.infer<typeof hidReaderStatusSchema>
