import { z } from 'zod'
import { kioskSettingsSchema } from '../schemas/kiosk-settings'
import { defineCall, noRequest } from './define'

/** What the visitor screen needs to draw itself; safe for anyone at the screen to read. */
export const kioskStatusSchema = z.object({
  organisationName: z.string(),
  language: kioskSettingsSchema.shape.language,
  idleTimeoutSeconds: z.int(),
  /** How long the visitor's pass stays on screen before the kiosk returns to welcome. */
  passDisplaySeconds: z.int(),
  /** The web address a visitor pass's QR code starts with (Kisi's link page), to tell a pass from other codes. */
  accessLinkBase: z.string().max(2_048),
  appVersion: z.string(),
})
export type KioskStatus = z.infer<typeof kioskStatusSchema>

export const kioskCalls = {
  'kiosk.status': defineCall({ access: 'public', request: noRequest, response: kioskStatusSchema }),
} as const
