import { describe, expect, it } from 'vitest'
import { arrivalOf, HostNotifier, type WebhookPost } from '../../../electron/services/notifications/host-notifier'
import { silentLogger } from '../../../electron/services/ports'
import type { SecretBox } from '../../../electron/services/secrets/secret-box'
import type { SettingsRepository } from '../../../electron/services/settings/settings-repository'
import { defaultSettingsDocument, type SettingsDocument } from '../../../electron/services/settings/settings-document'
import { sampleVisit } from '../../fixtures/sample-visit'
import { TestClock } from '../../fixtures/test-clock'

/** The notifier with an in-memory settings document, a see-through secret box and a scripted webhook. */
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
  return new HostNotifier({ settings, secretBox, clock: new TestClock(), logger: silentLogger, post, retryDelaysMs: [5, 5] })
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
})
