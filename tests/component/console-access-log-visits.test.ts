import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { routerKey } from 'vue-router'
import type { VisitDoors } from '@shared/schemas/visit-door-use'
import { useStaffStore } from '@renderer/stores/staff'
import ConsoleAccessLogVisitsView from '@renderer/views/console/ConsoleAccessLogVisitsView.vue'
import { createFakeKiosk, fail, ok, type FakeKiosk } from './fake-kiosk'

const at = (hours: number, minutes: number): string => new Date(2026, 10, 28, hours, minutes).toISOString()
const visit = (extra: Partial<VisitDoors>): VisitDoors => ({
  visitId: 'v1',
  visitorName: 'Ada Lovelace',
  visitTypeName: 'Guest',
  status: 'on-site',
  checkedInAt: at(9, 0),
  checkedOutAt: null,
  accessValidFrom: at(8, 55),
  accessValidUntil: at(18, 0),
  linkIds: [11],
  uses: [],
  flags: [],
  ...extra,
})
const use = (minutes: number, door: string, extra: Partial<VisitDoors['uses'][number]> = {}): VisitDoors['uses'][number] => ({
  at: at(9, minutes),
  doorId: 1,
  doorName: door,
  succeeded: true,
  linkId: 11,
  errorMessage: null,
  afterCheckOut: false,
  outsideWindow: false,
  ...extra,
})

let fake: FakeKiosk
let replace: ReturnType<typeof vi.fn>
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(2026, 10, 28, 19, 0))
  fake = createFakeKiosk()
  replace = vi.fn()
})
afterEach(() => vi.useRealTimers())

const mountView = async (day: string | null) => {
  const wrapper = mount(ConsoleAccessLogVisitsView, { props: { day }, global: { ...fake.mountOptions(), provide: { [routerKey as symbol]: { replace } } } })
  await flushPromises()
  return wrapper
}

describe('ConsoleAccessLogVisitsView', () => {
  it('shows each visit with its doors, times and flags in words', async () => {
    fake.calls['accessLog.visits'].mockImplementation(() =>
      ok({
        visits: [
          visit({ uses: [use(5, 'Main Entrance'), use(7, 'Office 1'), use(9, 'Server Room', { succeeded: false, errorMessage: 'The Kisi controller is currently unavailable.' })] }),
          visit({ visitId: 'v2', visitorName: 'Bob Builder', flags: ['never-used'] }),
          visit({ visitId: 'v3', visitorName: 'Cleo Carter', status: 'left', checkedOutAt: at(9, 30), uses: [use(40, 'Main Entrance', { afterCheckOut: true })], flags: ['used-after-check-out'] }),
          visit({ visitId: 'v4', visitorName: 'Dan Dorsey', linkIds: [], accessValidFrom: null, accessValidUntil: null }),
        ],
        syncedUntil: at(18, 55),
      }),
    )
    const wrapper = await mountView(null)
    expect(fake.calls['accessLog.visits']).toHaveBeenCalledWith({ day: '2026-11-28' })
    const cards = wrapper.findAll('[data-testid="visit-doors"]')
    expect(cards[0]!.findAll('[data-testid="visit-door-use"]').map((row) => row.text())).toEqual([
      '09:05:00Main EntranceOpened',
      '09:07:00Office 1Opened',
      '09:09:00Server RoomRefusedThe Kisi controller is currently unavailable.',
    ])
    expect(cards[0]!.text()).toContain('Checked in 09:00')
    expect(cards[0]!.text()).toContain('Access 08:55 to 18:00')
    expect(cards[1]!.findAll('[data-testid="visit-flag"]').map((flag) => flag.text())).toEqual(['Link never used'])
    expect(cards[1]!.text()).toContain('Its link opened no door.')
    expect(cards[2]!.findAll('[data-testid="visit-flag"]').map((flag) => flag.text())).toEqual(['Door opened after check-out'])
    expect(cards[2]!.get('[data-testid="visit-door-use"]').text()).toContain('after check-out')
    expect(cards[3]!.text()).toContain('its type gives no door access')
    expect(wrapper.get('[data-testid="visit-doors-freshness"]').text()).toBe('Kisi’s door events are copied up to 18:55: later uses are not shown yet.')
  })

  it('opens the day in the address and puts a picked day there', async () => {
    fake.calls['accessLog.visits'].mockImplementation(() => ok({ visits: [], syncedUntil: null }))
    // Only a manager may change the day; reception's picker is disabled.
    useStaffStore().status = { pinsConfigured: true, lockedUntil: null, session: { role: 'manager', expiresAt: '2099-01-01T00:00:00.000Z', idleMinutes: 10 } }
    const wrapper = await mountView('2026-11-20')
    expect(fake.calls['accessLog.visits']).toHaveBeenCalledWith({ day: '2026-11-20' })
    expect(wrapper.text()).toContain('No visits that day.')
    expect(wrapper.text()).toContain('have not been copied to this kiosk yet')
    await wrapper.get('[data-testid="visit-doors-day"]').setValue('2026-11-21')
    expect(replace).toHaveBeenCalledWith({ query: { day: '2026-11-21' } })
    await wrapper.setProps({ day: '2026-11-21' })
    await flushPromises()
    expect(fake.calls['accessLog.visits']).toHaveBeenLastCalledWith({ day: '2026-11-21' })
  })

  it('says so in words when reception asks for another day, and keeps the day out of reception’s reach', async () => {
    fake.calls['accessLog.visits'].mockImplementation(() => fail({ code: 'forbidden', message: 'no', reason: 'accessLogTodayOnly' }))
    const wrapper = await mountView('2026-11-20')
    expect(wrapper.get('[data-testid="visit-doors-day"]').attributes('disabled')).toBeDefined()
    expect(wrapper.get('[role="alert"]').text()).toBe('Reception can read today’s access log only; earlier days are for a manager.')
  })
})
