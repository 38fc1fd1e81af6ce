import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { RollCall, RollCallPerson } from '@shared/schemas/roll-call'
import ConsoleRollCallView from '@renderer/views/console/ConsoleRollCallView.vue'
import { createFakeKiosk, fail, ok, type FakeKiosk } from './fake-kiosk'

const at = (hours: number, minutes: number): string => new Date(2026, 10, 28, hours, minutes).toISOString()
const ada: RollCallPerson = { personKey: 'visit:v1', kind: 'visitor', name: 'Ada Lovelace', about: 'Guest · Charles Babbage', lastSeenAt: at(10, 5), lastDoor: 'Main Entrance', safeAt: null }
const mia: RollCallPerson = { personKey: 'member:7', kind: 'member', name: 'Mia Hoffmann', about: null, lastSeenAt: at(9, 30), lastDoor: 'Back Door', safeAt: null }
const rollCall = (people: RollCallPerson[], extra: Partial<RollCall> = {}): RollCall => ({ drillStartedAt: at(0, 0), people, membersSeenUntil: at(10, 10), ...extra })

let fake: FakeKiosk
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(2026, 10, 28, 10, 20))
  fake = createFakeKiosk()
})
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

const mountView = async () => {
  const wrapper = mount(ConsoleRollCallView, { global: fake.mountOptions() })
  await flushPromises()
  return wrapper
}

describe('ConsoleRollCallView', () => {
  it('lists everyone with where they were last seen, the count, and how fresh the members are', async () => {
    fake.calls['accessLog.rollCall'].mockImplementation(() => ok(rollCall([ada, { ...mia, safeAt: at(10, 15) }])))
    const wrapper = await mountView()
    const rows = wrapper.findAll('[data-testid="roll-call-person"]')
    expect(rows.map((row) => row.text())).toEqual([
      'Not yetAda LovelaceVisitor · Guest · Charles BabbageLast seen 10:05 at Main Entrance',
      '✓SafeMia HoffmannMemberLast seen 09:30 at Back DoorSafe at 10:15',
    ])
    expect(wrapper.get('[data-testid="roll-call-count"]').text()).toBe('1 of 2 accounted for')
    expect(wrapper.get('[data-testid="roll-call-freshness"]').text()).toBe('Members as seen up to 10:10. Anyone who arrived since is not listed.')
    expect(wrapper.findAll('[data-testid="roll-call-tick"]').map((tick) => tick.attributes('aria-pressed'))).toEqual(['false', 'true'])
  })

  it('says members are not listed before Kisi’s events were copied, and a visitor with no door yet', async () => {
    fake.calls['accessLog.rollCall'].mockImplementation(() => ok(rollCall([{ ...ada, lastDoor: null, lastSeenAt: at(9, 0) }], { membersSeenUntil: null })))
    const wrapper = await mountView()
    expect(wrapper.get('[data-testid="roll-call-freshness"]').text()).toContain('have not been copied to this kiosk yet')
    expect(wrapper.get('[data-testid="roll-call-person"]').text()).toContain('Checked in 09:00, no door opened since')
  })

  it('ticks someone safe with one tap and takes it back with another', async () => {
    fake.calls['accessLog.rollCall'].mockImplementation(() => ok(rollCall([ada])))
    fake.calls['accessLog.markSafe'].mockImplementation((request) => {
      const { safe } = request as { safe: boolean }
      return ok(rollCall([{ ...ada, safeAt: safe ? at(10, 20) : null }]))
    })
    const wrapper = await mountView()
    await wrapper.get('[data-testid="roll-call-tick"]').trigger('click')
    await flushPromises()
    expect(fake.calls['accessLog.markSafe']).toHaveBeenLastCalledWith({ personKey: 'visit:v1', safe: true })
    expect(wrapper.get('[data-testid="roll-call-count"]').text()).toBe('1 of 1 accounted for')
    await wrapper.get('[data-testid="roll-call-tick"]').trigger('click')
    await flushPromises()
    expect(fake.calls['accessLog.markSafe']).toHaveBeenLastCalledWith({ personKey: 'visit:v1', safe: false })
    expect(wrapper.get('[data-testid="roll-call-count"]').text()).toBe('0 of 1 accounted for')
  })

  it('refreshes the list when someone ticked has left meanwhile, and says why', async () => {
    fake.calls['accessLog.rollCall'].mockImplementationOnce(() => ok(rollCall([ada, mia]))).mockImplementation(() => ok(rollCall([mia])))
    fake.calls['accessLog.markSafe'].mockImplementation(() => fail({ code: 'not_found', message: 'gone', reason: 'rollCallPersonGone' }))
    const wrapper = await mountView()
    await wrapper.get('[data-testid="roll-call-tick"]').trigger('click')
    await flushPromises()
    expect(wrapper.get('[role="alert"]').text()).toContain('no longer on the roll call')
    expect(wrapper.findAll('[data-testid="roll-call-person"]')).toHaveLength(1)
  })

  it('starts a new drill only once confirmed', async () => {
    fake.calls['accessLog.rollCall'].mockImplementation(() => ok(rollCall([{ ...ada, safeAt: at(10, 0) }])))
    fake.calls['accessLog.startDrill'].mockImplementation(() => ok(rollCall([ada], { drillStartedAt: at(10, 20) })))
    const wrapper = await mountView()
    const startButton = wrapper.findAll('button').find((button) => button.text() === 'Start a new drill')!
    await startButton.trigger('click')
    expect(fake.calls['accessLog.startDrill']).not.toHaveBeenCalled()
    await wrapper.findAll('button').find((button) => button.text() === 'Start new drill')!.trigger('click')
    await flushPromises()
    expect(fake.calls['accessLog.startDrill']).toHaveBeenCalledTimes(1)
    expect(wrapper.text()).toContain('Ticks since 10:20')
    expect(wrapper.get('[data-testid="roll-call-count"]').text()).toBe('0 of 1 accounted for')
  })

  it('prints in one tap, with the time on the paper', async () => {
    fake.calls['accessLog.rollCall'].mockImplementation(() => ok(rollCall([ada])))
    // happy-dom has no print dialog; Chromium's is opened by the same call.
    const print = vi.fn()
    vi.stubGlobal('print', print)
    const wrapper = await mountView()
    await wrapper.get('[data-testid="roll-call-print"]').trigger('click')
    await flushPromises()
    expect(print).toHaveBeenCalledTimes(1)
    expect(wrapper.text()).toContain('Printed 10:20')
  })
})
