import { failedBecause, type AppError } from '@shared/errors'
import { fieldMessage } from '@shared/field-messages'
import type { NotificationStatus } from '@shared/schemas/arrival-notifications'
import type { Clock, Logger } from '../ports'
import type { SecretBox } from '../secrets/secret-box'
import type { SettingsRepository } from '../settings/settings-repository'
import { sleep } from '../kisi/rate-limiter'
import type { Visit } from '../visits/visit-model'
import { deliveryProblem, postJson, type WebhookPost } from './webhook-post'
import { allowedAddresses, pinnedLookup, systemAddressPolicy, TargetNotAllowed, type AddressPolicy } from './webhook-target'

/** Who arrived, as the host's message names them. */
export interface Arrival {
  visitorName: string
  company: string | null
  hostName: string | null
  visitTypeName: string
}

/** How the webhook stands; the daily summary's part is added by `DailySummary`. */
export type WebhookStatus = Omit<NotificationStatus, 'dailySummary'>

export interface HostNotifierDeps {
  settings: SettingsRepository
  secretBox: SecretBox
  clock: Clock
  logger: Logger
  post?: WebhookPost
  /** Which addresses a webhook may reach; the system resolver and the public internet by default. */
  addressPolicy?: AddressPolicy
  /** Waits between tries; shortened in tests. */
  retryDelaysMs?: readonly number[]
}

const defaultRetryDelaysMs = [2_000, 10_000]

export function arrivalOf({ visitor, visitTypeName }: Visit): Arrival {
  return { visitorName: visitor.name, company: visitor.company ?? null, hostName: visitor.host ?? null, visitTypeName }
}

export function arrivalText(arrival: Arrival, organisationName: string): string {
  const who = arrival.company ? `${arrival.visitorName} (${arrival.company})` : arrival.visitorName
  const whom = arrival.hostName ? ` to see ${arrival.hostName}` : ''
  return `${who} has arrived at ${organisationName}${whom}. Visit: ${arrival.visitTypeName}.`
}

/**
 * Tells the host a visitor has arrived, through one incoming webhook the manager sets. The visitor
 * never waits for it: it is sent in the background and tried again a few times; the manager sees
 * how the last delivery went.
 */
export class HostNotifier {
  readonly #deps: HostNotifierDeps
  #lastDelivery: NotificationStatus['lastDelivery'] = null
  readonly #inFlight = new Set<Promise<void>>()
  /** Moves on with every new address, so tries still under way for the old one stop and stay unreported. */
  #generation = 0
  readonly #closing = new AbortController()

  constructor(deps: HostNotifierDeps) {
    this.#deps = deps
  }

  get configured(): boolean {
    return this.#deps.settings.get().notifications.sealedWebhookUrl !== null
  }

  /** An address sealed by another protection mode cannot be opened here: it shows as set but unknown. */
  async status(): Promise<WebhookStatus> {
    if (!this.configured) return { configured: false, target: null, lastDelivery: this.#lastDelivery }
    const url = await this.#url().catch(() => null)
    return { configured: true, target: url ? new URL(url).host : null, lastDelivery: this.#lastDelivery }
  }

  async configure(webhookUrl: string | null): Promise<WebhookStatus> {
    if (webhookUrl !== null) await this.#requireReachableAddress(webhookUrl)
    const sealed = webhookUrl === null ? null : await this.#deps.secretBox.seal(webhookUrl)
    this.#deps.settings.update((draft) => void (draft.notifications.sealedWebhookUrl = sealed))
    this.#generation += 1
    this.#lastDelivery = null
    return this.status()
  }

  /** A test message now, once: the manager is waiting and wants the plain answer. */
  async sendTest(): Promise<WebhookStatus> {
    if (!this.configured) throw failedBecause('not_available', 'webhookNotSet', {}, 'No webhook address is set')
    const url = await this.#url().catch(() => null)
    if (!url) throw failedBecause('not_available', 'webhookUnreadable', {}, 'The saved webhook address cannot be unsealed on this computer')
    const organisationName = this.#deps.settings.get().kiosk.organisationName
    await this.#deliver(url, `Test from the ${organisationName} front desk: arrivals will be posted here.`, this.#generation, 1)
    return this.status()
  }

  /** Posts `text` with the usual tries, for a message the caller waits on (the daily summary); throws when it is not delivered. */
  async post(text: string): Promise<void> {
    const url = await this.#url().catch(() => null)
    if (!url) throw failedBecause('not_available', 'webhookUnreadable', {}, 'No webhook address can be read')
    await this.#deliver(url, text, this.#generation)
  }

  /** Fire and forget: a failure is logged and shown to the manager, never to the visitor. */
  arrived(arrival: Arrival): void {
    if (!this.configured) return
    const generation = this.#generation
    const sending = this.#url()
      .then((url) => (url ? this.#deliver(url, arrivalText(arrival, this.#deps.settings.get().kiosk.organisationName), generation) : undefined))
      .catch((error: unknown) => this.#deps.logger.warn('Arrival notification failed', { error: error instanceof Error ? error.message : String(error) }))
      .finally(() => this.#inFlight.delete(sending))
    this.#inFlight.add(sending)
  }

  /** Resolves once every notification in flight has ended; for tests. */
  async idle(): Promise<void> {
    await Promise.all([...this.#inFlight])
  }

  /** At shutdown: tries waiting for their next turn give up, and a post under way gets `timeoutMs`. */
  async close(timeoutMs: number): Promise<void> {
    this.#closing.abort()
    let timer: ReturnType<typeof setTimeout> | undefined
    await Promise.race([this.idle(), new Promise((resolve) => (timer = setTimeout(resolve, timeoutMs)))])
    clearTimeout(timer)
  }

  async #deliver(url: string, text: string, generation: number, tries = 1 + (this.#deps.retryDelaysMs ?? defaultRetryDelaysMs).length): Promise<void> {
    const delays = this.#deps.retryDelaysMs ?? defaultRetryDelaysMs
    const current = (): boolean => generation === this.#generation
    for (let attempt = 1; current(); attempt += 1) {
      try {
        const addresses = await allowedAddresses(new URL(url), this.#addressPolicy)
        await (this.#deps.post ?? postJson)(url, { text }, pinnedLookup(addresses))
        if (current()) this.#lastDelivery = { at: this.#deps.clock.now().toISOString(), ok: true, reason: null, params: {} }
        return
      } catch (error) {
        if (current()) this.#lastDelivery = { at: this.#deps.clock.now().toISOString(), ok: false, reason: 'webhookNotDelivered', params: {} }
        this.#deps.logger.warn('An arrival notification was not delivered', { attempt, problem: deliveryProblem(error) })
        if (attempt >= tries) throw notDelivered()
        await sleep(delays[attempt - 1] ?? 10_000, this.#closing.signal)
      }
    }
  }

  get #addressPolicy(): AddressPolicy {
    return this.#deps.addressPolicy ?? systemAddressPolicy
  }

  /**
   * The contract's check again, by the URL parser the post itself uses, then where the name leads
   * now. A name that does not resolve yet is kept: every post checks again before it connects.
   */
  async #requireReachableAddress(webhookUrl: string): Promise<void> {
    requireSafeAddress(webhookUrl)
    try {
      await allowedAddresses(new URL(webhookUrl), this.#addressPolicy)
    } catch (error) {
      if (!(error instanceof TargetNotAllowed)) return
      this.#deps.logger.warn('Refused a webhook address', { problem: error.message })
      throw failedBecause('invalid_request', 'webhookNotPublic', {}, 'An https webhook must be on the public internet', { fields: { webhookUrl: [fieldMessage.webhookPublic] } })
    }
  }

  async #url(): Promise<string | null> {
    const sealed = this.#deps.settings.get().notifications.sealedWebhookUrl
    return sealed === null ? null : (await this.#deps.secretBox.open(sealed)).plainText
  }
}

const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]'])

/** https, or http to this computer. */
function requireSafeAddress(webhookUrl: string): void {
  const url = URL.canParse(webhookUrl) ? new URL(webhookUrl) : null
  const safe = url !== null && (url.protocol === 'https:' || (url.protocol === 'http:' && loopbackHosts.has(url.hostname)))
  if (!safe) throw failedBecause('invalid_request', 'webhookNotHttps', {}, 'A webhook address must be https (or http to this computer)', { fields: { webhookUrl: [fieldMessage.webhookHttps] } })
}

/**
 * Every failed delivery reads the same to the caller, whatever happened: a status, a time-out or a
 * refused connection would tell whoever sets the address which ports answer. The detail goes to the log.
 */
function notDelivered(): AppError {
  return failedBecause('not_available', 'webhookNotDelivered', {}, 'The notification could not be delivered.')
}
