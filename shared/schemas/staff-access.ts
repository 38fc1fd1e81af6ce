import { z } from 'zod'
import { fieldMessage } from '../field-messages'

export const staffRoles = ['reception', 'manager'] as const
export type StaffRole = (typeof staffRoles)[number]

export const pinSchema = z.string().regex(/^\d{4,12}$/, fieldMessage.pinDigits)

export const pinSetupSchema = z
  .object({ managerPin: pinSchema, receptionPin: pinSchema })
  .strict()
  .refine((pins) => pins.managerPin !== pins.receptionPin, {
    message: fieldMessage.pinsMustDiffer,
    path: ['receptionPin'],
  })

export const staffSessionSchema = z.object({
  role: z.enum(staffRoles),
  expiresAt: z.iso.datetime(),
  /** The staff idle setting: the console locks itself after this many minutes without use. */
  idleMinutes: z.int(),
})
export type StaffSession = z.infer<typeof staffSessionSchema>

export const staffStatusSchema = z.object({
  pinsConfigured: z.boolean(),
  lockedUntil: z.iso.datetime().nullable(),
  session: staffSessionSchema.nullable(),
})
export type StaffStatus = z.infer<typeof staffStatusSchema>

/** Which calls a caller may make: anyone at the screen, any unlocked staff member, or a manager. */
export type AccessLevel = 'public' | 'staff' | 'manager'
