import { z } from 'zod'

export const supportedLanguages = ['en'] as const

/** The rules for each kiosk option, without defaults, so a partial update never fills in defaults. */
const fields = {
  organisationName: z.string().trim().min(1, 'Enter the organisation name').max(80, 'Use at most 80 characters'),
  language: z.enum(supportedLanguages),
  idleTimeoutSeconds: z.int('Enter whole seconds').min(10, 'Use at least 10 seconds').max(600, 'Use at most 600 seconds'),
  staffSessionMinutes: z.int('Enter whole minutes').min(1, 'Use at least 1 minute').max(60, 'Use at most 60 minutes'),
  kioskMode: z.boolean(),
  passDisplaySeconds: z.int('Enter whole seconds').min(10, 'Use at least 10 seconds').max(300, 'Use at most 300 seconds'),
}

/**
 * The kiosk options a manager edits. Every field has a default, so `parse({})` gives a working kiosk
 * and a settings file that lost one field keeps the others.
 */
export const kioskSettingsSchema = z.object({
  organisationName: fields.organisationName.default('Frontdesk'),
  language: fields.language.default('en'),
  idleTimeoutSeconds: fields.idleTimeoutSeconds.default(60),
  staffSessionMinutes: fields.staffSessionMinutes.default(10),
  kioskMode: fields.kioskMode.default(false),
  passDisplaySeconds: fields.passDisplaySeconds.default(45),
})

export type KioskSettings = z.infer<typeof kioskSettingsSchema>

export const kioskSettingsPatchSchema = z
  .object(fields)
  .partial()
  .strict()
  .refine((patch) => Object.keys(patch).length > 0, 'Change at least one setting')
export type KioskSettingsPatch = z.infer<typeof kioskSettingsPatchSchema>
