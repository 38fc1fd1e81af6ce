import axios from 'axios'
import { AppError } from '@shared/errors'
import type { NotificationStatus } from '@shared/schemas/notifications'
import type { Clock, Logger } from '../ports'
import type { SecretBox } from '../secrets/secret-box'
import type { SettingsRepository } from '../settings/settings-repository'
import { sleep } from '../kisi/rate-limiter'
import { toStaffVisit, type VisitRow } from '../visits/visit-row'

/** Who arrived, as the host's message names them. */
export interface Arrival {
  visitorName: string
  company: string | null
  hostName: string | null
  visitTypeName: string
}

/** Posts `{text}` to the webhook; any answer other than 2xx is a failure. Injected for tests. */
export type WebhookPost = (url: string, body: { text: string }) => Promise<void>

export interface HostNotifierDeps {
  settings: SettingsRepository
  secretBox: SecretBox
  clock: Clock
  logger: Logger
  post?: WebhookPost
  /** Waits between tries; shortened in tests. */
  retryDelaysMs?: readonly number[]
}

const defaultRetryDelaysMs = [2_000, 10_000]

const postJson: WebhookPost = async (url, body) => {
  await axios.post(url, body, { timeout: 8_000, maxRedirects: 0, headers: { 'content-type': 'application/json' } })
}

export function arrivalOf(row: VisitRow): Arrival {
  const { visitor, visitTypeName } = toStaffVisit(row)
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

  constructor(deps: HostNotifierDeps) {
    this.#deps = deps
  }

  get configured(): boolean {
    return this.#deps.settings.get().notifications.sealedWebhookUrl !== null
  }

  async status(): Promise<NotificationStatus> {
    const url = await this.#url()
    return { configured: url !== null, target: url ? hostOf(url) : null, lastDelivery: this.#lastDelivery }
  }

  async configure(webhookUrl: string | null): Promise<NotificationStatus> {
    const sealed = webhookUrl === null ? null : await this.#deps.secretBox.seal(webhookUrl)
    this.#deps.settings.update((draft) => void (draft.notifications.sealedWebhookUrl = sealed))
    this.#lastDelivery = null
    return this.status()
  }

  /** A test message now, once: the manager is waiting and wants the plain answer. */
  async sendTest(): Promise<NotificationStatus> {
    const url = await this.#url()
    if (!url) throw new AppError('not_available', 'Set a webhook address first.')
    const organisationName = this.#deps.settings.get().kiosk.organisationName
    await this.#deliver(url, `Test from the ${organisationName} front desk: arrivals will be posted here.`, 1)
    return this.status()
  }

  /** Fire and forget: a failure is logged and shown to the manager, never to the visitor. */
  arrived(arrival: Arrival): void {
    if (!this.configured) return
    const sending = this.#url()
      .then((url) => (url ? this.#deliver(url, arrivalText(arrival, this.#deps.settings.get().kiosk.organisationName)) : undefined))
      .catch((error: unknown) => this.#deps.logger.warn('Arrival notification failed', { error: error instanceof Error ? error.message : String(error) }))
      .finally(() => this.#inFlight.delete(sending))
    this.#inFlight.add(sending)
  }

  /** Resolves once every notification in flight has ended; for tests and an orderly shutdown. */
  async idle(): Promise<void> {
    await Promise.all([...this.#inFlight])
  }

  async #deliver(url: string, text: string, tries = 1 + (this.#deps.retryDelaysMs ?? defaultRetryDelaysMs).length): Promise<void> {
    const delays = this.#deps.retryDelaysMs ?? defaultRetryDelaysMs
    for (let attempt = 1; ; attempt += 1) {
      try {
        await (this.#deps.post ?? postJson)(url, { text })
        this.#lastDelivery = { at: this.#deps.clock.now().toISOString(), ok: true, message: 'Delivered.' }
        return
      } catch (error) {
        const message = deliveryProblem(error)
        this.#lastDelivery = { at: this.#deps.clock.now().toISOString(), ok: false, message }
        if (attempt >= tries) throw new AppError('not_available', `The notification could not be delivered: ${message}`)
        await sleep(delays[attempt - 1] ?? 10_000)
      }
    }
  }

  async #url(): Promise<string | null> {
    const sealed = this.#deps.settings.get().notifications.sealedWebhookUrl
    return sealed === null ? null : (await this.#deps.secretBox.open(sealed)).plainText
  }
}

function hostOf(url: string): string {
  return /^[a-z]+:\/\/(?:[^@/?#]*@)?([^/?#]+)/i.exec(url)?.[1] ?? 'the webhook'
}

function deliveryProblem(error: unknown): string {
  if (axios.isAxiosError(error)) {
    if (error.response) return `the webhook answered ${error.response.status}.`
    if (error.code === 'ECONNABORTED' || error.code === 'ETIMEDOUT') return 'the webhook did not answer in time.'
    return 'the webhook could not be reached.'
  }
  return error instanceof Error ? error.message : String(error)
}
