import { z } from 'zod'
import { fieldMessage } from '../field-messages'

export const supportedLanguages = ['en'] as const

/** The rules for each kiosk option, without defaults, so a partial update never fills in defaults. */
const fields = {
  organisationName: z.string().trim().min(1, fieldMessage.enterOrganisationName).max(80, fieldMessage.atMost80Characters),
  language: z.enum(supportedLanguages),
  idleTimeoutSeconds: z.int(fieldMessage.wholeSeconds).min(10, fieldMessage.atLeast10Seconds).max(600, fieldMessage.atMost600Seconds),
  staffSessionMinutes: z.int(fieldMessage.wholeMinutes).min(1, fieldMessage.atLeast1Minute).max(60, fieldMessage.atMost60Minutes),
  kioskMode: z.boolean(),
  passDisplaySeconds: z.int(fieldMessage.wholeSeconds).min(10, fieldMessage.atLeast10Seconds).max(300, fieldMessage.atMost300Seconds),
  /** Days after a visit ends before its visitor's personal data is erased (README → Privacy and retention). */
  visitorDataDays: z.int(fieldMessage.wholeDays).min(1, fieldMessage.atLeast1Day).max(3650, fieldMessage.atMost3650Days),
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
  // 90 days: long enough to answer "who was here last month?" and to match a quarter's incident
  // reviews, short enough that the kiosk is not a years-long register of visitors.
  visitorDataDays: fields.visitorDataDays.default(90),
})

export type KioskSettings = z.infer<typeof kioskSettingsSchema>

export const kioskSettingsPatchSchema = z
  .object(fields)
  .partial()
  .strict()
  .refine((patch) => Object.keys(patch).length > 0, fieldMessage.changeASetting)
export type KioskSettingsPatch = z.infer<typeof kioskSettingsPatchSchema>
