import { z } from 'zod'
import { keyboardTimingSchema, readerFramingSchema, readerOutputFormatSchema, readerOutputSettingSchema } from './scan'

/**
 * How keyboard-type readers are read: ONE setting for all of them, since a key event carries no
 * device identity (readers on the keyboard path are told apart only by their framing). A pass's web
 * address is longer than any card number, hence the longer value limit than a HID reader's default.
 * Every part has a default of its own, so a damaged settings file loses only the damaged part.
 */
const keyboardReadingTiming = keyboardTimingSchema.extend({ maxLength: keyboardTimingSchema.shape.maxLength.unwrap().default(300) })

export const keyboardReadingSchema = z.object({
  format: readerOutputFormatSchema.default({ kind: 'card-number', cardFormat: 'h10301', facilityCode: null }),
  framing: readerFramingSchema.default({ prefix: [], suffix: [] }),
  timing: keyboardReadingTiming.default(() => keyboardReadingTiming.parse({})),
})

export const defaultKeyboardReading = (): z.infer<typeof keyboardReadingSchema> => keyboardReadingSchema.parse({})

/**
 * Where keyboard bursts are read: Electron's main process (before-input-event; the renderer's wedge
 * must then not read keys) or the renderer (the browser host has no main process to read them).
 */
export const keyboardCaptureSites = ['main', 'renderer'] as const
export type KeyboardCaptureSite = (typeof keyboardCaptureSites)[number]
export const keyboardCaptureSiteSchema = z.enum(keyboardCaptureSites)

/**
 * What the screen shown takes from a keyboard-type reader: the welcome screen any code (it answers an
 * unknown one with a neutral note), the invitation screen invitation codes, the check-out screen a
 * visitor's pass, the console badges. Anything else a fast burst types (a barcode into a search field)
 * stays typing where main reads the keys.
 */
export const scanTakes = ['anything', 'invites', 'passes', 'cards'] as const
export type ScanTakes = (typeof scanTakes)[number]

export const keyboardReadingAnswerSchema = z.object({ setting: readerOutputSettingSchema, capturedIn: keyboardCaptureSiteSchema })
export type KeyboardReadingAnswer = z.infer<typeof keyboardReadingAnswerSchema>
