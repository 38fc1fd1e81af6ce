import { subDays } from 'date-fns'
import { afterEach, describe, expect, it } from 'vitest'
import type { NotificationStatus } from '@shared/schemas/arrival-notifications'
import { dayBounds } from '../../electron/services/access-log/access-log-day'
import { localDayOf } from '@shared/domain/access-log/local-day'
import { giveGuestsVisitorDoors, startAccessLogHarness, type AccessLogHarness } from '../fixtures/access-log-harness'
import { useTempDirectory } from '../fixtures/temp-directory'
import { startReceiver } from '../fixtures/webhook-receiver'

const dayMs = 24 * 3_600_000

describe('the daily summary through the arrival webhook', () => {
  const tempDirectory = useTempDirectory()
  let kiosk: AccessLogHarness
  let receiver: Awaited<ReturnType<typeof startReceiver>>

  afterEach(async () => {
    await kiosk.stop()
    await receiver.close()
  })

  /** What the sandbox's own log says of a day's unlocks at the kiosk's place. */
  function sandboxUnlocks(day: string): { granted: number; denied: number } {
    const { from, until } = dayBounds(day)
    const ofDay = kiosk.sandbox.state.events
      .map(({ event }) => event)
      .filter((event) => event.place_id === kiosk.places.hq && event.type === 'lock.unlock')
      .filter((event) => Date.parse(event.created_at) >= Date.parse(from) && Date.parse(event.created_at) < Date.parse(until))
    return { granted: ofDay.filter((event) => event.success).length, denied: ofDay.filter((event) => !event.success).length }
  }

  it('is off by default; once on, posts yesterday’s counts once, catches up at start, and never twice for a day', async () => {
    kiosk = await startAccessLogHarness(tempDirectory())
    receiver = await startReceiver()
    await giveGuestsVisitorDoors(kiosk)
    await kiosk.call('visits.walkIn', { visitTypeId: 'guest', visitor: { name: 'Ada Lovelace', host: 'Grace' }, agreementVersion: 1 })
    kiosk.addEvents(70, { everyMs: 10_000 })
    kiosk.addEvents(10, { placeId: kiosk.places.warehouse })
    await kiosk.app.accessLog.run()
    const day = localDayOf(kiosk.clock.now())
    const expected = sandboxUnlocks(day)
    expect(expected.denied).toBeGreaterThan(0)

    const status = await kiosk.call<NotificationStatus>('notifications.configure', { webhookUrl: receiver.url })
    expect(status.dailySummary).toEqual({ enabled: false, lastSentDay: null })
    kiosk.advance(dayMs)
    await kiosk.app.dailySummary.tick()
    expect(receiver.received).toEqual([])

    const enabled = await kiosk.call<NotificationStatus>('notifications.dailySummary', { enabled: true })
    expect(enabled.dailySummary.enabled).toBe(true)
    // Kisi's copy does not reach past the day's end yet: counts now could be too low, so it waits.
    await kiosk.app.dailySummary.tick()
    expect(receiver.received).toEqual([])
    await kiosk.app.accessLog.run()
    await kiosk.app.dailySummary.tick()
    expect(receiver.received).toHaveLength(1)
    const text = receiver.received[0]!.text
    expect(text).toContain(`Daily access summary for Frontdesk, ${day}:`)
    expect(text).toContain(`Visitors: 1. Unlocks: ${expected.granted}. Denied attempts: ${expected.denied}.`)
    expect(text).toMatch(/Doors:\n- .+: \d+ unlocked, \d+ denied/)
    expect(text).toMatch(/Most refused:\n- (Demo Admin|Ada Lovelace \(Guest\)): \d+/)

    await kiosk.app.dailySummary.tick()
    await kiosk.restart()
    await kiosk.app.dailySummary.tick()
    expect(receiver.received).toHaveLength(1)
    expect((await kiosk.call<NotificationStatus>('notifications.status')).dailySummary).toEqual({ enabled: true, lastSentDay: day })

    // The kiosk was off over the next midnight: the day before is sent when it starts.
    kiosk.advance(dayMs)
    await kiosk.restart()
    await kiosk.app.accessLog.run()
    await kiosk.app.dailySummary.tick()
    expect(receiver.received.map((message) => message.text.split('\n')[0])).toEqual([
      `Daily access summary for Frontdesk, ${day}:`,
      `Daily access summary for Frontdesk, ${localDayOf(subDays(kiosk.clock.now(), 1))}:`,
    ])
    expect(receiver.received[1]!.text).toContain('Visitors: 0. Unlocks: 0. Denied attempts: 0.')
    const trail = await kiosk.call<{ entries: { action: string; role: string | null }[] }>('audit.list', { page: 0, problemsOnly: false })
    expect(trail.entries.map((entry) => entry.action)).toEqual(expect.arrayContaining(['turn the daily summary on', `post the daily summary for ${day}`]))
  }, 60_000)

  it('tries a day again after the webhook refused it, and audits the failure once', async () => {
    kiosk = await startAccessLogHarness(tempDirectory())
    receiver = await startReceiver()
    await kiosk.call('notifications.configure', { webhookUrl: receiver.url })
    await kiosk.call('notifications.dailySummary', { enabled: true })
    await kiosk.app.accessLog.run()
    await kiosk.app.dailySummary.tick()
    receiver.received.splice(0)
    kiosk.advance(dayMs)
    await kiosk.app.accessLog.run()
    receiver.answers.push(500, 500, 500, 500, 500, 500)

    await kiosk.app.dailySummary.tick()
    await kiosk.app.dailySummary.tick()
    expect((await kiosk.call<NotificationStatus>('notifications.status')).dailySummary.lastSentDay).toBe(localDayOf(subDays(kiosk.clock.now(), 2)))
    await kiosk.app.dailySummary.tick()
    expect(receiver.received).toHaveLength(7)
    expect((await kiosk.call<NotificationStatus>('notifications.status')).dailySummary.lastSentDay).toBe(localDayOf(subDays(kiosk.clock.now(), 1)))
    const problems = await kiosk.call<{ entries: { action: string }[] }>('audit.list', { page: 0, problemsOnly: true })
    expect(problems.entries.map((entry) => entry.action)).toEqual([`post the daily summary for ${localDayOf(subDays(kiosk.clock.now(), 1))}`])
  }, 60_000)
})
