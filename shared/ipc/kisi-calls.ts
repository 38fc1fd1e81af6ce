import { z } from 'zod'
import { fieldMessage } from '../field-messages'
import { defineCall, noRequest, noResponse } from './define'

/**
 * The kiosk's link to Kisi as staff may see it. The API key itself never leaves main: the
 * renderer only learns who it belongs to.
 */
/** A Kisi place the manager may choose for this kiosk. */
export const kisiPlaceChoiceSchema = z.object({ id: z.int(), name: z.string(), address: z.string().nullable() })
export type KisiPlaceChoice = z.infer<typeof kisiPlaceChoiceSchema>

export const kisiStatusSchema = z.object({
  state: z.enum(['not-connected', 'connected', 'key-invalid', 'unreachable']),
  organisationName: z.string().nullable(),
  connectedAs: z.string().nullable(),
  baseUrl: z.string(),
  accessLinkBaseUrl: z.string(),
  demo: z.boolean(),
  /** The Kisi place this kiosk serves; its doors are the ones offered to staff. */
  place: z.object({ id: z.int(), name: z.string() }).nullable(),
  /** Whether staff may unlock doors from this app (cloud unlock with the kiosk's key). */
  inAppUnlock: z.boolean(),
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

const httpUrl = z.url({ protocol: /^https?$/, error: fieldMessage.httpsAddress })

export const kisiCalls = {
  'kisi.status': defineCall({ access: 'staff', request: noRequest, response: kisiStatusSchema }),
  'kisi.connect': defineCall({
    access: 'manager',
    request: z
      .object({
        apiKey: z.string().trim().min(8, fieldMessage.wholeApiKey).max(200),
        baseUrl: httpUrl.optional(),
        accessLinkBaseUrl: httpUrl.optional(),
      })
      .strict(),
    response: kisiStatusSchema,
  }),
  /** Creates an API key from a Kisi sign-in; a missing or wrong 2FA code comes back as a field error on `otpCode`. */
  'kisi.signIn': defineCall({
    access: 'manager',
    request: z
      .object({
        domain: z.string().trim().min(1, fieldMessage.enterKisiDomain).max(100, fieldMessage.atMost100Characters),
        email: z.string().trim().regex(z.regexes.email, fieldMessage.enterKisiEmail),
        password: z.string().min(1, fieldMessage.enterPassword).max(200),
        otpCode: z.string().trim().regex(/^\d{6}$/, fieldMessage.enterSixDigitCode).optional(),
        baseUrl: httpUrl.optional(),
      })
      .strict(),
    response: kisiStatusSchema,
  }),
  /** Starts the built-in Kisi sandbox with its demo organisation and connects to it. */
  'kisi.tryDemo': defineCall({ access: 'manager', request: noRequest, response: kisiStatusSchema }),
  'kisi.places': defineCall({
    access: 'manager',
    request: noRequest,
    response: z.array(kisiPlaceChoiceSchema),
  }),
  'kisi.choosePlace': defineCall({ access: 'manager', request: z.object({ placeId: z.int().positive() }).strict(), response: kisiStatusSchema }),
  'kisi.setOptions': defineCall({ access: 'manager', request: z.object({ inAppUnlock: z.boolean() }).strict(), response: kisiStatusSchema }),
  'kisi.disconnect': defineCall({ access: 'manager', request: noRequest, response: noResponse }),
  'kisi.groups': defineCall({ access: 'manager', request: noRequest, response: z.array(kisiGroupChoiceSchema) }),
} as const
