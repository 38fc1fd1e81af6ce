import { z } from 'zod'
import { hidDeviceSchema, hidReaderDecodingSchema, hidReaderIdSchema, hidReaderStatusSchema } from '../schemas/hid-reader'
import { scanEventSchema } from '../schemas/scan'
import { defineCall, noRequest } from './define'

const readerRequest = z.object({ readerId: hidReaderIdSchema }).strict()
const readersStatus = z.array(hidReaderStatusSchema)

export const scannerCalls = {
  /** The HID collections plugged in now, each once per usage, with whether it is a chosen reader. */
  'scanners.hidDevices': defineCall({ access: 'manager', request: noRequest, response: z.array(hidDeviceSchema) }),
  /** Reads a listed device as a badge reader from now on; answers every chosen reader's state. */
  'scanners.chooseHidReader': defineCall({ access: 'manager', request: readerRequest, response: readersStatus }),
  'scanners.forgetHidReader': defineCall({ access: 'manager', request: readerRequest, response: readersStatus }),
  /** How a chosen reader's reports are read (its output format, framing, keyboard report id). */
  'scanners.setHidReaderDecoding': defineCall({
    access: 'manager',
    request: z.object({ readerId: hidReaderIdSchema, decoding: hidReaderDecodingSchema }).strict(),
    response: readersStatus,
  }),
  /** Each chosen reader: connected, missing (not plugged in) or error (with node-hid's words). */
  'scanners.hidReaders': defineCall({ access: 'staff', request: noRequest, response: readersStatus }),
} as const

/** A badge or code read by a reader: one event whichever path it came in by, a repeat within 2 s left out. */
export const scannerEvents = {
  'scanner.scan': scanEventSchema,
} as const
