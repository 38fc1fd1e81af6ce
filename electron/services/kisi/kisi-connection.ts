import { failedBecause, type AppError } from '@shared/errors'
import type { KisiStatus } from '@shared/ipc/kisi-calls'
import type { Logger } from '../ports'
import type { SecretBox } from '../secrets/secret-box'
import type { SettingsRepository } from '../settings/settings-repository'
import { createKisiClient, type KisiClient } from './kisi-client'
import { KisiError, toAppError } from './kisi-error'

export type ConnectionState = KisiStatus['state']

export interface ConnectRequest {
  apiKey: string
  baseUrl?: string | undefined
  accessLinkBaseUrl?: string | undefined
  demo?: boolean
}

/**
 * The kiosk's one Kisi connection: the sealed key, the client built from it, and whether Kisi
 * accepts it. Every Kisi call goes through `use`, so a 401 anywhere turns the whole app to
 * "connection lost" at once, and Kisi's errors reach staff as plain-words AppErrors.
 */
export class KisiConnection {
  readonly #settings: SettingsRepository
  readonly #secretBox: SecretBox
  readonly #logger: Logger
  readonly #onChange: () => void
  readonly #requestsPerSecond: number
  readonly #resumedListeners = new Set<() => void>()
  #client: KisiClient | null = null
  #state: ConnectionState = 'not-connected'

  /** `requestsPerSecond`: Kisi allows 5 per user; only tests against a sandbox that allows more raise it. */
  constructor(settings: SettingsRepository, secretBox: SecretBox, logger: Logger, onChange: () => void, requestsPerSecond = 5) {
    this.#settings = settings
    this.#secretBox = secretBox
    this.#logger = logger
    this.#onChange = onChange
    this.#requestsPerSecond = requestsPerSecond
  }

  /** Opens the stored key, if any. Kisi is not asked here, so a start-up never waits on the network. */
  async start(): Promise<void> {
    await this.#openStoredKey()
  }

  get state(): ConnectionState {
    return this.#state
  }

  status(pendingWrites: number): KisiStatus {
    const { baseUrl, accessLinkBaseUrl, organisationName, connectedAs, demo, place, inAppUnlock } = this.#settings.get().kisi
    return { state: this.#state, organisationName, connectedAs, baseUrl, accessLinkBaseUrl, demo, place, inAppUnlock, pendingWrites }
  }

  /** Checks the key with Kisi (`GET /user`) before anything is stored. */
  async connect({ apiKey, baseUrl, accessLinkBaseUrl, demo = false }: ConnectRequest): Promise<void> {
    const target = baseUrl ?? this.#settings.get().kisi.baseUrl
    const candidate = createKisiClient({ baseUrl: target, apiKey: () => apiKey })
    const user = await candidate.currentUser().catch((error: unknown) => {
      throw toAppError(error)
    })
    const sealedApiKey = await this.#secretBox.seal(apiKey)
    this.#settings.update((draft) => {
      draft.kisi = {
        ...draft.kisi,
        baseUrl: target,
        ...(accessLinkBaseUrl ? { accessLinkBaseUrl } : {}),
        sealedApiKey,
        organisationName: user.organization?.name ?? null,
        connectedAs: user.email,
        demo,
        // A new key may belong to another organisation, whose places differ.
        place: draft.kisi.connectedAs === user.email && draft.kisi.baseUrl === target ? draft.kisi.place : null,
      }
    })
    this.#useKey(apiKey, target)
  }

  disconnect(): void {
    this.#settings.update((draft) => {
      draft.kisi = { ...draft.kisi, sealedApiKey: null, organisationName: null, connectedAs: null, demo: false, place: null }
    })
    this.#client = null
    this.#setState('not-connected')
  }

  /**
   * Whether Kisi work may be tried now: there is a key and Kisi has not refused it. A stored key that
   * could not be opened is tried again first (an OS keychain may unlock only after the kiosk started).
   */
  async ready(): Promise<boolean> {
    if (!this.#client) await this.#openStoredKey()
    return this.#state !== 'not-connected' && this.#state !== 'key-invalid'
  }

  /**
   * Calls `listener` whenever Kisi work becomes possible again after it could not be tried (no key,
   * a refused key, a key that could not be opened), so waiting work can go at once. Returns the
   * unsubscribe function.
   */
  onResumed(listener: () => void): () => void {
    this.#resumedListeners.add(listener)
    return () => this.#resumedListeners.delete(listener)
  }

  /** Runs Kisi work with the live client, keeping the connection state in step with the outcome. */
  async use<T>(work: (client: KisiClient) => Promise<T>): Promise<T> {
    if (!this.#client) await this.#openStoredKey()
    if (!this.#client) throw notConnected()
    try {
      const result = await work(this.#client)
      this.#setState('connected')
      return result
    } catch (error) {
      if (error instanceof KisiError) {
        if (error.status === 401 && error.code !== 'f29aef') this.#setState('key-invalid')
        else if (error.status === null && error.code !== 'cancelled') this.#setState('unreachable')
      }
      throw error
    }
  }

  /** `use`, with Kisi's failures turned into the contract's errors, for calls staff wait on. */
  call<T>(work: (client: KisiClient) => Promise<T>): Promise<T> {
    return this.use(work).catch((error: unknown) => {
      throw toAppError(error)
    })
  }

  /** Opens the sealed key in the settings, if there is one; a failure is logged once, not on every try. */
  async #openStoredKey(): Promise<void> {
    const record = this.#settings.get().kisi
    if (!record.sealedApiKey) return
    try {
      const opened = await this.#secretBox.open(record.sealedApiKey)
      if (opened.needsReseal) {
        const resealed = await this.#secretBox.seal(opened.plainText)
        this.#settings.update((draft) => void (draft.kisi.sealedApiKey = resealed))
      }
      this.#useKey(opened.plainText, record.baseUrl)
    } catch (error) {
      if (this.#state !== 'key-invalid') this.#logger.warn('The stored Kisi key could not be opened', { error: error instanceof Error ? error.message : String(error) })
      this.#setState('key-invalid')
    }
  }

  #useKey(apiKey: string, baseUrl: string): void {
    // A visitor waits on some of these calls; past 8 s the outbox is the better place to wait.
    this.#client = createKisiClient({ baseUrl, apiKey: () => apiKey, timeoutMs: 8_000, requestsPerSecond: this.#requestsPerSecond })
    this.#setState('connected')
  }

  #setState(state: ConnectionState): void {
    if (state === this.#state) return
    const paused = this.#state === 'not-connected' || this.#state === 'key-invalid'
    this.#state = state
    this.#onChange()
    if (paused && state === 'connected') for (const listener of this.#resumedListeners) listener()
  }
}

function notConnected(): AppError {
  return failedBecause('kisi_not_connected', 'kisiNotConnected', {}, 'Kisi is not connected')
}
