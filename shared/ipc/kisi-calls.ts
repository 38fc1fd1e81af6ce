import { z } from 'zod'
import { defineCall, noRequest, noResponse } from './define'

/**
 * The kiosk's link to Kisi as staff may see it. The API key itself never leaves main: the
 * renderer only learns who it belongs to.
 */
export const kisiStatusSchema = z.object({
  state: z.enum(['not-connected', 'connected', 'key-invalid', 'unreachable']),
  organisationName: z.string().nullable(),
  connectedAs: z.string().nullable(),
  baseUrl: z.string(),
  accessLinkBaseUrl: z.string(),
  demo: z.boolean(),
  /** Kisi writes still waiting in the outbox (links to issue or revoke). */
  pendingWrites: z.int(),
})
export type KisiStatus = z.infer<typeof kisiStatusSchema>

export const kisiGroupChoiceSchema = z.object({
  id: z.int(),
  name: z.string(),
  readerRestricted: z.boolean(),
  doorNames: z.array(z.string()),
})
export type KisiGroupChoice = z.infer<typeof kisiGroupChoiceSchema>

const httpUrl = z.url({ protocol: /^https?$/, error: 'Enter an address starting with https://' })

export const kisiCalls = {
  'kisi.status': defineCall({ access: 'staff', request: noRequest, response: kisiStatusSchema }),
  'kisi.connect': defineCall({
    access: 'manager',
    request: z
      .object({
        apiKey: z.string().trim().min(8, 'Paste the whole API key').max(200),
        baseUrl: httpUrl.optional(),
        accessLinkBaseUrl: httpUrl.optional(),
      })
      .strict(),
    response: kisiStatusSchema,
  }),
  'kisi.disconnect': defineCall({ access: 'manager', request: noRequest, response: noResponse }),
  'kisi.groups': defineCall({ access: 'manager', request: noRequest, response: z.array(kisiGroupChoiceSchema) }),
} as const
