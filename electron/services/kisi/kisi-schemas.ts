import { z } from 'zod'

/**
 * What the kiosk reads from Kisi's answers (camelCase after conversion). Kisi's answers are input
 * from outside like any other: fields the kiosk relies on are required, the rest optional, and
 * unknown fields are dropped.
 */
const timestamp = z.string()
const reference = z.object({ id: z.int(), name: z.string() })

export const kisiPlaceSchema = z.object({
  id: z.int(),
  name: z.string(),
  description: z.string().nullable().optional(),
  address: z.string().nullable().optional(),
  timeZone: z.string().nullable().optional(),
  lockedDown: z.boolean().optional(),
  locksCount: z.int().optional(),
  organization: z.object({ id: z.int(), name: z.string(), domain: z.string() }).optional(),
})
export type KisiPlace = z.infer<typeof kisiPlaceSchema>

export const kisiGroupSchema = z.object({
  id: z.int(),
  name: z.string(),
  description: z.string().nullable().optional(),
  placeId: z.int().nullable(),
  readerRestrictionEnabled: z.boolean(),
  geofenceRestrictionEnabled: z.boolean(),
  tapToAccessRestrictionEnabled: z.boolean().optional(),
  primaryDeviceRestrictionEnabled: z.boolean().optional(),
  timeRestrictionEnabled: z.boolean().optional(),
  loginEnabled: z.boolean().optional(),
  locksCount: z.int().optional(),
  usersCount: z.int().optional(),
})
export type KisiGroup = z.infer<typeof kisiGroupSchema>

export const kisiLockSchema = z.object({
  id: z.int(),
  name: z.string(),
  description: z.string().nullable().optional(),
  online: z.boolean().nullable().optional(),
  lockedDown: z.boolean().optional(),
  readerRestrictionEnabled: z.boolean().nullable().optional(),
  geofenceRestrictionEnabled: z.boolean().nullable().optional(),
  placeId: z.int(),
})
export type KisiLock = z.infer<typeof kisiLockSchema>

export const kisiGroupLockSchema = z.object({
  id: z.int(),
  groupId: z.int(),
  lockId: z.int(),
  lock: z.object({ id: z.int(), name: z.string() }).optional(),
})
export type KisiGroupLock = z.infer<typeof kisiGroupLockSchema>

export const kisiUserSchema = z.object({
  id: z.int(),
  name: z.string(),
  email: z.string(),
  accessEnabled: z.boolean(),
  lastAccessedAt: timestamp.nullable().optional(),
  notes: z.string().nullable().optional(),
  metadata: z.record(z.string(), z.unknown()).optional(),
  createdAt: timestamp.optional(),
})
export type KisiUser = z.infer<typeof kisiUserSchema>

export const kisiCurrentUserSchema = z.object({
  id: z.int(),
  name: z.string(),
  email: z.string(),
  organization: z.object({ id: z.int(), name: z.string(), domain: z.string() }).nullable().optional(),
})
export type KisiCurrentUser = z.infer<typeof kisiCurrentUserSchema>

export const kisiRoleAssignmentSchema = z.object({
  id: z.int(),
  roleId: z.string(),
  appliesToType: z.enum(['Organization', 'Place', 'Group']),
  appliesToId: z.int(),
  appliesTo: reference.optional(),
  assigneeType: z.enum(['User', 'Team', 'Guest']),
  assigneeId: z.int(),
  validFrom: timestamp.nullable().optional(),
  validUntil: timestamp.nullable().optional(),
})
export type KisiRoleAssignment = z.infer<typeof kisiRoleAssignmentSchema>

export const kisiGroupLinkSchema = z.object({
  id: z.int(),
  name: z.string(),
  email: z.string().nullable().optional(),
  groupId: z.int(),
  validFrom: timestamp.nullable(),
  validUntil: timestamp.nullable(),
  linkEnabled: z.boolean().optional(),
  lastUsedAt: timestamp.nullable().optional(),
  createdAt: timestamp.optional(),
})
export type KisiGroupLink = z.infer<typeof kisiGroupLinkSchema>

/** Only the create answer carries the secret; it is shown once and never listed again. */
export const kisiCreatedGroupLinkSchema = kisiGroupLinkSchema.extend({
  secret: z.string().min(1),
  quickResponseCodeToken: z.string().nullable().optional(),
  quickResponseCodeImage: z.string().nullable().optional(),
})
export type KisiCreatedGroupLink = z.infer<typeof kisiCreatedGroupLinkSchema>

/** Every card has a type; only LF formatted ones have the facility code and card number. */
export const kisiCardSchema = z.object({
  id: z.int(),
  type: z.string(),
  uid: z.string().nullable().optional(),
  facilityCode: z.int().optional(),
  cardNumber: z.int().optional(),
  userId: z.int().nullable().optional(),
  activated: z.boolean().optional(),
})
export type KisiCard = z.infer<typeof kisiCardSchema>

export const kisiLoginSchema = z.object({
  id: z.int(),
  secret: z.string().min(1),
  user: z.object({ id: z.int(), email: z.string(), name: z.string() }),
})
export type KisiLogin = z.infer<typeof kisiLoginSchema>

export const unlockAnswerSchema = z.object({ message: z.string() })
