import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { NotificationStatus } from '@shared/schemas/arrival-notifications'
import type { CheckInOutcome, StaffVisit } from '@shared/schemas/visit'
import { useTempDirectory } from '../fixtures/temp-directory'
import { startReceiver } from '../fixtures/webhook-receiver'
import { startVisitHarness, type VisitHarness } from '../fixtures/visit-harness'

const ada = { name: 'Ada Lovelace', email: 'ada@example.com', company: 'Analytical Engines', host: 'Charles Babbage' }

describe('telling hosts that their visitor has arrived', () => {
  const tempDirectory = useTempDirectory()
  let kiosk: VisitHarness
  let receiver: Awaited<ReturnType<typeof startReceiver>>

  beforeEach(async () => {
    kiosk = await startVisitHarness(tempDirectory(), { notificationRetryDelaysMs: [10, 10] })
    receiver = await startReceiver()
  })
  afterEach(async () => {
    await kiosk.stop()
    await receiver.close()
  })

  const asManager = async <T>(name: string, payload: unknown = {}): Promise<T> => {
    kiosk.services.sessions.start('manager')
    try {
      return await kiosk.call<T>(name, payload)
    } finally {
      kiosk.services.sessions.end('locked')
    }
  }
  const delivered = async () => {
    await kiosk.services.notifier.idle()
    return receiver.received.map((message) => message.text)
  }

  it('posts each arrival to the webhook, and keeps the address sealed', async () => {
    const status = await asManager<NotificationStatus>('notifications.configure', { webhookUrl: receiver.url })
    expect(status).toEqual({ configured: true, target: new URL(receiver.url).host, lastDelivery: null, dailySummary: { enabled: false, lastSentDay: null } })
    expect(readFileSync(join(kiosk.dataDirectory, 'settings.json'), 'utf8')).not.toContain('secret-token')

    await kiosk.call<CheckInOutcome>('visits.checkIn', { visitTypeId: 'guest', visitor: ada, agreementVersion: 1 })
    expect(await delivered()).toEqual(['Ada Lovelace (Analytical Engines) has arrived at Frontdesk to see Charles Babbage. Visit: Guest.'])
    expect((await asManager<NotificationStatus>('notifications.status')).lastDelivery).toMatchObject({ ok: true })
  })

  it('tells a visitor without doors that their host is being told, only when a webhook is set', async () => {
    const interview = { name: 'Grace Hopper', email: 'grace@example.com', host: 'Alan Turing' }
    const before = await kiosk.call<CheckInOutcome>('visits.checkIn', { visitTypeId: 'interview', visitor: interview, agreementVersion: 1 })
    expect(before).toMatchObject({ outcome: 'welcome', hostName: 'Alan Turing', hostNotified: false })

    await asManager('notifications.configure', { webhookUrl: receiver.url })
    const after = await kiosk.call<CheckInOutcome>('visits.checkIn', { visitTypeId: 'interview', visitor: { ...interview, name: 'Grace Brewster' }, agreementVersion: 1 })
    expect(after).toMatchObject({ outcome: 'welcome', hostNotified: true })
    expect(await delivered()).toEqual(['Grace Brewster has arrived at Frontdesk to see Alan Turing. Visit: Interview.'])
  })

  it('waits for reception’s approval before telling the host', async () => {
    await asManager('notifications.configure', { webhookUrl: receiver.url })
    const contractor = { name: 'Bob Builder', email: 'bob@example.com', phone: '+49 30 1234567', company: 'Build Co', host: 'Ada', purpose: 'Wiring' }
    await kiosk.call('visits.checkIn', { visitTypeId: 'contractor', visitor: contractor, agreementVersion: 1 })
    expect(await delivered()).toEqual([])
    const [held] = await kiosk.asReception<StaffVisit[]>('visits.today')
    await kiosk.asReception('visits.approve', { visitId: held!.id })
    expect(await delivered()).toEqual(['Bob Builder (Build Co) has arrived at Frontdesk to see Ada. Visit: Contractor.'])
  })

  it('tries a failing webhook again, and shows the manager how the last try went', async () => {
    await asManager('notifications.configure', { webhookUrl: receiver.url })
    receiver.answers.push(500, 500, 500)
    await kiosk.call('visits.checkIn', { visitTypeId: 'guest', visitor: ada, agreementVersion: 1 })
    expect(await delivered()).toHaveLength(3)
    expect((await asManager<NotificationStatus>('notifications.status')).lastDelivery).toMatchObject({ ok: false, reason: 'webhookNotDelivered', params: {} })

    receiver.answers.push(503)
    await expect(asManager('notifications.test')).rejects.toMatchObject({ code: 'not_available', reason: 'webhookNotDelivered' })
    const tested = await asManager<NotificationStatus>('notifications.test')
    expect(tested.lastDelivery).toMatchObject({ ok: true, reason: null })
    expect(receiver.received.at(-1)?.text).toBe('Test from the Frontdesk front desk: arrivals will be posted here.')
  })

  it('stops when the manager removes the webhook, and refuses an address that is not https', async () => {
    await asManager('notifications.configure', { webhookUrl: receiver.url })
    expect(await asManager<NotificationStatus>('notifications.configure', { webhookUrl: null })).toEqual({ configured: false, target: null, lastDelivery: null, dailySummary: { enabled: false, lastSentDay: null } })
    await kiosk.call('visits.checkIn', { visitTypeId: 'guest', visitor: ada, agreementVersion: 1 })
    expect(await delivered()).toEqual([])
    await expect(asManager('notifications.configure', { webhookUrl: 'http://hooks.example.com/x' })).rejects.toMatchObject({ code: 'invalid_request', fields: { webhookUrl: ['webhookHttps'] } })
    await expect(asManager('notifications.test')).rejects.toMatchObject({ code: 'not_available', reason: 'webhookNotSet' })
  })

  it('answers a test message to a closed port exactly as one the webhook refused, so it is no port scanner', async () => {
    const testAnswerFor = async (webhookUrl: string) => {
      await asManager('notifications.configure', { webhookUrl })
      kiosk.services.sessions.start('manager')
      try {
        return await kiosk.services.dispatch('notifications.test', {})
      } finally {
        kiosk.services.sessions.end('locked')
      }
    }
    receiver.answers.push(404)
    const refused = await testAnswerFor(receiver.url)
    await receiver.close()
    const closedPort = await testAnswerFor(receiver.url)
    expect(refused).toEqual({ ok: false, error: { code: 'not_available', reason: 'webhookNotDelivered', message: 'The notification could not be delivered.' } })
    expect(closedPort).toEqual(refused)
    receiver = await startReceiver()
  })

  it('refuses an https webhook inside the local network, naming the field', async () => {
    for (const webhookUrl of ['https://192.168.1.20/hook', 'https://[::1]/hook', 'https://169.254.169.254/latest/meta-data']) {
      await expect(asManager('notifications.configure', { webhookUrl })).rejects.toMatchObject({ code: 'invalid_request', reason: 'webhookNotPublic', fields: { webhookUrl: ['webhookPublic'] } })
    }
  })
})
