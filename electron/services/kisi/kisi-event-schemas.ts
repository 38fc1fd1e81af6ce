import { z } from 'zod'

export const kisiEventSchema = z.object({
  uuid: z.string(),
  type: z.string(),
  actorType: z.string().nullable(),
  actorId: z.int().nullable(),
  actorName: z.string().nullable(),
  actorEmail: z.string().nullable().optional(),
  authenticatedByType: z.string().nullable().optional(),
  authenticatedById: z.int().nullable().optional(),
  objectType: z.string(),
  objectId: z.int(),
  objectName: z.string(),
  action: z.string().optional(),
  // Stored and compared as time: an unreadable one is Kisi's error, not a row to keep.
  createdAt: z.iso.datetime({ offset: true }),
  success: z.boolean(),
  code: z.string().nullable().optional(),
  message: z.string().nullable().optional(),
  errorCode: z.string().nullable().optional(),
  errorMessage: z.string().nullable().optional(),
  placeId: z.int().nullable().optional(),
})
export type KisiEvent = z.infer<typeof kisiEventSchema>

export const kisiEventSetSchema = z.object({
  id: z.int(),
  status: z.enum(['in_progress', 'finished', 'failed']),
  interval: z.string(),
  events: z.array(kisiEventSchema).optional(),
  cursor: z.string().nullable().optional(),
})
export type KisiEventSet = z.infer<typeof kisiEventSetSchema>
