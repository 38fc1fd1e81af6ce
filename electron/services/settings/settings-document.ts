import { z } from 'zod'
import { kioskSettingsSchema } from '@shared/schemas/kiosk-settings'

/** PIN hashes and the lock-out counter. Kept in main; the renderer only ever sees `StaffStatus`. */
export const staffRecordSchema = z.object({
  managerPinHash: z.string().nullable().default(null),
  receptionPinHash: z.string().nullable().default(null),
  failedAttempts: z.int().min(0).default(0),
  lockedUntil: z.iso.datetime().nullable().default(null),
})
export type StaffRecord = z.infer<typeof staffRecordSchema>

/** The whole settings file. Each section and field has a default so damage stays local. */
export const settingsDocumentSchema = z.object({
  formatVersion: z.literal(1).default(1),
  kiosk: kioskSettingsSchema.default(kioskSettingsSchema.parse({})),
  staff: staffRecordSchema.default(staffRecordSchema.parse({})),
})
export type SettingsDocument = z.infer<typeof settingsDocumentSchema>

export const defaultSettingsDocument = (): SettingsDocument => settingsDocumentSchema.parse({})
