import { z } from 'zod'
import { defaultVisitPolicies } from '@shared/domain/default-visit-policies'
import { chosenHidReadersSchema } from '@shared/schemas/hid-reader'
import { defaultKeyboardReading, keyboardReadingSchema } from '@shared/schemas/keyboard-reading'
import { kioskSettingsSchema } from '@shared/schemas/kiosk-settings'
import { visitPoliciesSchema } from '@shared/schemas/visit-policy'

/** PIN hashes and the lock-out counter. Kept in main; the renderer only ever sees `StaffStatus`. */
export const staffRecordSchema = z.object({
  managerPinHash: z.string().nullable().default(null),
  receptionPinHash: z.string().nullable().default(null),
  failedAttempts: z.int().min(0).default(0),
  lockedUntil: z.iso.datetime().nullable().default(null),
})
export type StaffRecord = z.infer<typeof staffRecordSchema>

/** How the kiosk reaches Kisi. The API key is stored sealed by the secret box, never in clear. */
export const kisiConnectionRecordSchema = z.object({
  baseUrl: z.url().default('https://api.kisi.io'),
  /** Kisi's access-link web page; the visitor's QR code encodes this followed by the link secret. */
  accessLinkBaseUrl: z.url().default('https://web.kisi.io/grouplinks/'),
  sealedApiKey: z.string().nullable().default(null),
  organisationName: z.string().nullable().default(null),
  connectedAs: z.string().nullable().default(null),
  demo: z.boolean().default(false),
  place: z.object({ id: z.int(), name: z.string() }).nullable().default(null),
  inAppUnlock: z.boolean().default(true),
})
export type KisiConnectionRecord = z.infer<typeof kisiConnectionRecordSchema>

/** Arrival notifications. The webhook address carries its own password, so it is stored sealed. */
export const notificationsRecordSchema = z.object({
  sealedWebhookUrl: z.string().nullable().default(null),
  /** A summary of each day posted to the same webhook after midnight; off until a manager turns it on. */
  dailySummary: z.boolean().default(false),
})

/**
 * Which database holds this kiosk's records. The settings remember it so that a database that went
 * missing or was emptied is noticed at start instead of silently beginning afresh.
 */
export const databaseRecordSchema = z.object({
  id: z.string().regex(/^[0-9a-f]{16}$/).nullable().default(null),
})

/** The whole settings file. Each section and field has a default so damage stays local. */
export const settingsDocumentSchema = z.object({
  formatVersion: z.literal(1).default(1),
  kiosk: kioskSettingsSchema.default(kioskSettingsSchema.parse({})),
  staff: staffRecordSchema.default(staffRecordSchema.parse({})),
  kisi: kisiConnectionRecordSchema.default(kisiConnectionRecordSchema.parse({})),
  visitPolicies: visitPoliciesSchema.default(defaultVisitPolicies),
  notifications: notificationsRecordSchema.default(notificationsRecordSchema.parse({})),
  database: databaseRecordSchema.default(databaseRecordSchema.parse({})),
  /** The badge readers read over raw HID, chosen by a manager; none until one is chosen. */
  hidReaders: chosenHidReadersSchema.default([]),
  /** How keyboard-type readers are read, all by one setting (a key event does not say which device sent it). */
  keyboardReading: keyboardReadingSchema.default(defaultKeyboardReading),
})
export type SettingsDocument = z.infer<typeof settingsDocumentSchema>

export const defaultSettingsDocument = (): SettingsDocument => settingsDocumentSchema.parse({})
