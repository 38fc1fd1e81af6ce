import { z } from 'zod'
import { hidDeviceSchema, hidReaderDecodingSchema, hidReaderIdSchema, hidReaderStatusSchema } from '../schemas/hid-reader'
import { keyboardCaptureSiteSchema, keyboardReadingAnswerSchema, scanTakes } from '../schemas/keyboard-reading'
import { readerActivitySchema } from '../schemas/reader-activity'
import { readerOutputSettingSchema, scanEventSchema } from '../schemas/scan'
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
  /** Each chosen reader's last raw reports (hex) and what they made (scans, repeats, problems), for set-up. */
  'scanners.readerActivity': defineCall({ access: 'staff', request: noRequest, response: z.array(readerActivitySchema) }),
  /**
   * How keyboard-type readers are read (one setting for all: key events carry no device), and where
   * their bursts are read. Public: the visitor screens read scans before anyone signs in.
   */
  'scanners.keyboardReading': defineCall({ access: 'public', request: noRequest, response: keyboardReadingAnswerSchema }),
  'scanners.setKeyboardReading': defineCall({
    access: 'manager',
    request: z.object({ setting: readerOutputSettingSchema }).strict(),
    response: keyboardReadingAnswerSchema,
  }),
  /**
   * Whether the screen shown takes scans, so main's capture (Electron) never holds keys back on a
   * screen with no use for scans (the PIN pad, set-up). Changes nothing where the renderer reads keys.
   */
  'scanners.setKeyboardCapture': defineCall({
    access: 'public',
    request: z.object({ enabled: z.boolean(), takes: z.enum(scanTakes).default('anything') }).strict(),
    response: z.object({ capturedIn: keyboardCaptureSiteSchema }),
  }),
} as const

/** A badge or code read by a reader: one event whichever path it came in by, a repeat within 2 s left out. */
export const scannerEvents = {
  'scanner.scan': scanEventSchema,
} as const
