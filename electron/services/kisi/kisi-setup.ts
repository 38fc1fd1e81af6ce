import { failedBecause } from '@shared/errors'
import { fieldMessage } from '@shared/field-messages'
import type { SettingsRepository } from '../settings/settings-repository'
import { createKisiClient } from './kisi-client'
import type { KisiConnection } from './kisi-connection'
import { KisiError, toAppError } from './kisi-error'

/** A local Kisi to try the kiosk with: the sandbox and its demo organisation. */
export interface DemoKisi {
  start(): Promise<{ baseUrl: string; apiKey: string; accessLinkBaseUrl: string }>
  stop(): Promise<void>
}

export interface SignInRequest {
  domain: string
  email: string
  password: string
  otpCode?: string | undefined
  baseUrl?: string | undefined
}

const twoFactorCodes = new Set(['afc526', 'afc536', 'afc546'])

/** The manager's ways of connecting the kiosk: signing in, trying the demo, choosing the place and options. */
export class KisiSetup {
  readonly #connection: KisiConnection
  readonly #settings: SettingsRepository
  readonly #demo: DemoKisi

  constructor(connection: KisiConnection, settings: SettingsRepository, demo: DemoKisi) {
    this.#connection = connection
    this.#settings = settings
    this.#demo = demo
  }

  /** Reconnects to a fresh demo after a restart: the sandbox lives in memory, so its key is new each time. */
  async resume(): Promise<void> {
    if (this.#settings.get().kisi.demo) await this.tryDemo()
  }

  /**
   * Creates a Kisi API key for the kiosk from a sign-in (`POST /logins`). When Kisi wants a 2FA code,
   * the refusal names the `otpCode` field so the wizard can ask for it.
   */
  async signIn({ domain, email, password, otpCode, baseUrl }: SignInRequest): Promise<void> {
    const target = baseUrl ?? this.#settings.get().kisi.baseUrl
    const client = createKisiClient({ baseUrl: target, apiKey: () => null })
    let secret: string
    try {
      secret = (await client.signIn({ domain, email, password, otpCode, keyName: 'Frontdesk kiosk' })).secret
    } catch (error) {
      if (error instanceof KisiError && twoFactorCodes.has(error.code)) {
        const reason = error.code === 'afc526' ? 'kisiTwoFactorNeeded' : 'kisiTwoFactorWrong'
        throw failedBecause('kisi_refused', reason, {}, error.message, { fields: { otpCode: [fieldMessage.enterSixDigitCode] } })
      }
      throw toAppError(error)
    }
    await this.#connection.connect({ apiKey: secret, baseUrl: target })
  }

  async tryDemo(): Promise<void> {
    await this.#demo.stop()
    const demo = await this.#demo.start()
    await this.#connection.connect({ ...demo, demo: true })
    if (!this.#settings.get().kisi.place) {
      const [first] = await this.places()
      if (first) this.#settings.update((draft) => void (draft.kisi.place = { id: first.id, name: first.name }))
    }
  }

  async places(): Promise<{ id: number; name: string; address: string | null }[]> {
    const places = await this.#connection.call((client) => client.places.collect({}))
    return places.map((place) => ({ id: place.id, name: place.name, address: place.address ?? null }))
  }

  async choosePlace(placeId: number): Promise<void> {
    const place = (await this.places()).find((candidate) => candidate.id === placeId)
    if (!place) throw failedBecause('not_found', 'kisiPlaceUnknown', {}, `Kisi has no place ${placeId} for this key`)
    this.#settings.update((draft) => void (draft.kisi.place = { id: place.id, name: place.name }))
  }

  setOptions({ inAppUnlock }: { inAppUnlock: boolean }): void {
    this.#settings.update((draft) => void (draft.kisi.inAppUnlock = inAppUnlock))
  }

  disconnect(): Promise<void> {
    this.#connection.disconnect()
    return this.#demo.stop()
  }
}
