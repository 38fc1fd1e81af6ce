import { describe, expect, it } from 'vitest'
import { arrivalOf, HostNotifier } from '../../../electron/services/notifications/host-notifier'
import type { WebhookPost } from '../../../electron/services/notifications/webhook-post'
import { isPublicAddress } from '../../../electron/services/notifications/webhook-address'
import type { AddressPolicy } from '../../../electron/services/notifications/webhook-target'
import { silentLogger } from '../../../electron/services/ports'
import type { SecretBox } from '../../../electron/services/secrets/secret-box'
import type { SettingsRepository } from '../../../electron/services/settings/settings-repository'
import { defaultSettingsDocument, type SettingsDocument } from '../../../electron/services/settings/settings-document'
import { sampleVisit } from '../../fixtures/sample-visit'
import { TestClock } from '../../fixtures/test-clock'

/** Names as DNS answers them at the moment; a test may change an answer between two posts. */
const dnsAnswers: Record<string, string> = { localhost: '127.0.0.1' }
const scriptedDns: AddressPolicy = {
  resolve: async (hostname) => [{ address: dnsAnswers[hostname] ?? '93.184.215.14', family: 4 }],
  isPublic: isPublicAddress,
}

/** The notifier with an in-memory settings document, a see-through secret box, scripted DNS and a scripted webhook. */
function notifierWith(post: WebhookPost) {
  let document: SettingsDocument = defaultSettingsDocument()
  const settings = {
    get: () => document,
    update: (change: (draft: SettingsDocument) => void) => {
      const draft = structuredClone(document)
      change(draft)
      document = draft
      return document
    },
  } as unknown as SettingsRepository
  const secretBox: SecretBox = {
    protection: 'key-file',
    seal: async (plainText) => `sealed:${plainText}`,
    open: async (sealed) => ({ plainText: sealed.slice('sealed:'.length), needsReseal: false }),
  }
  return new HostNotifier({ settings, secretBox, clock: new TestClock(), logger: silentLogger, post, addressPolicy: scriptedDns, retryDelaysMs: [5, 5] })
}

const arrival = { visitorName: 'Ada Lovelace', company: null, hostName: 'Grace Hopper', visitTypeName: 'Guest' }

describe('HostNotifier', () => {
  it('names the arrival from the visit: who, from which company, to see whom, for what kind of visit', () => {
    expect(arrivalOf(sampleVisit())).toEqual({ visitorName: 'Ada Lovelace', company: 'Analytical Engines', hostName: 'Charles Babbage', visitTypeName: 'Guest' })
    expect(arrivalOf(sampleVisit({ visitor: { name: 'Grace Hopper' } }))).toEqual({ visitorName: 'Grace Hopper', company: null, hostName: null, visitTypeName: 'Guest' })
  })

  it('refuses, by the URL parser the post uses, an address that would leave the machine in plain http', async () => {
    const notifier = notifierWith(async () => undefined)
    await expect(notifier.configure('http://evil.example\\@127.0.0.1/x')).rejects.toMatchObject({ code: 'invalid_request' })
    await expect(notifier.configure('http://hooks.example.com/x')).rejects.toMatchObject({ code: 'invalid_request' })
    expect((await notifier.configure('http://127.0.0.1:9/hook')).target).toBe('127.0.0.1:9')
  })

  it('stops retrying the old address once the manager saves another, and reports only the new one', async () => {
    const posted: string[] = []
    let notifier: HostNotifier | null = null
    notifier = notifierWith(async (url) => {
      posted.push(url)
      if (url.includes('old')) {
        // The manager replaces the address while the first try is under way.
        await notifier!.configure('https://hooks.example.com/new')
        throw new Error('refused')
      }
    })
    await notifier.configure('https://hooks.example.com/old')
    notifier.arrived(arrival)
    await notifier.idle()
    expect(posted).toEqual(['https://hooks.example.com/old'])
    expect((await notifier.status()).lastDelivery).toBeNull()
  })

  it('gives up waiting between tries when the kiosk shuts down', async () => {
    let tries = 0
    const notifier = notifierWith(async () => {
      tries += 1
      throw new Error('down')
    })
    await notifier.configure('https://hooks.example.com/hook')
    notifier.arrived(arrival)
    await notifier.close(1_000)
    expect(tries).toBe(1)
  })

  it.each([
    'https://10.0.0.8/hook',
    'https://172.20.1.1/hook',
    'https://192.168.178.1/hook',
    'https://127.0.0.1/hook',
    'https://169.254.169.254/latest',
    'https://0.0.0.0/hook',
    'https://[::1]/hook',
    'https://[fd00::1]/hook',
    'https://[fe80::1]/hook',
    'https://[::ffff:192.168.0.1]/hook',
    'https://localhost/hook',
  ])('refuses an https webhook inside the network or on this computer: %s', async (url) => {
    const notifier = notifierWith(async () => undefined)
    await expect(notifier.configure(url)).rejects.toMatchObject({ code: 'invalid_request', reason: 'webhookNotPublic', fields: { webhookUrl: ['webhookPublic'] } })
    expect(notifier.configured).toBe(false)
  })

  it('refuses a public-looking name that resolves to a private address', async () => {
    dnsAnswers['intranet.example.com'] = '10.20.30.40'
    const notifier = notifierWith(async () => undefined)
    await expect(notifier.configure('https://intranet.example.com/hook')).rejects.toMatchObject({ reason: 'webhookNotPublic' })
  })

  it('posts to a public name, connecting to the address it checked', async () => {
    const connectedTo: unknown[] = []
    const notifier = notifierWith(async (url, _body, lookup) => {
      connectedTo.push(await new Promise((resolve) => lookup(new URL(url).hostname, {}, (_error, address) => resolve(address))))
    })
    await notifier.configure('https://hooks.example.com/hook')
    expect((await notifier.sendTest()).lastDelivery).toMatchObject({ ok: true })
    expect(connectedTo).toEqual(['93.184.215.14'])
  })

  it('checks again at send time: a name that now resolves inside the network is not posted to', async () => {
    let posts = 0
    const notifier = notifierWith(async () => void (posts += 1))
    await notifier.configure('https://rebinding.example.com/hook')
    dnsAnswers['rebinding.example.com'] = '192.168.0.10'
    await expect(notifier.sendTest()).rejects.toMatchObject({ code: 'not_available', reason: 'webhookNotDelivered' })
    expect(posts).toBe(0)
    expect((await notifier.status()).lastDelivery).toMatchObject({ ok: false, reason: 'webhookNotDelivered', params: {} })
  })

  it('answers every failed test message alike, so it cannot tell which ports answer', async () => {
    const failures = [
      Object.assign(new Error('Request failed with status code 404'), { isAxiosError: true, response: { status: 404 } }),
      Object.assign(new Error('timeout of 8000ms exceeded'), { isAxiosError: true, code: 'ECONNABORTED' }),
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' }),
    ]
    const answers = []
    for (const failure of failures) {
      const notifier = notifierWith(async () => {
        throw failure
      })
      await notifier.configure('http://127.0.0.1:9/hook')
      answers.push(await notifier.sendTest().catch((error: unknown) => ({ ...(error as object), message: (error as Error).message })))
    }
    expect(new Set(answers.map((answer) => JSON.stringify(answer))).size).toBe(1)
    expect(answers[0]).toMatchObject({ code: 'not_available', reason: 'webhookNotDelivered', message: 'The notification could not be delivered.' })
  })
})
