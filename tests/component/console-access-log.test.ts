import { flushPromises, mount, RouterLinkStub, type VueWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { h } from 'vue'
import { createMemoryHistory, createRouter, RouterView, type Router } from 'vue-router'
import type { AccessLogSyncStatus } from '@shared/ipc/access-log-calls'
import type { AccessLogEntry, AccessLogPage } from '@shared/schemas/access-log'
import type { StaffVisit } from '@shared/schemas/visit'
import { localDayOf } from '@shared/domain/access-log/local-day'
import { useStaffStore } from '@renderer/stores/staff'
import ConsoleAccessLogView from '@renderer/views/console/ConsoleAccessLogView.vue'
import { accessLogDay, accessLogEntry } from '../fixtures/access-log-entries'
import { createFakeKiosk, ok, type FakeKiosk } from './fake-kiosk'

const today = localDayOf(new Date())
const at = (time: string, day = today): string => new Date(`${day}T${time}`).toISOString()

const todaysLines: AccessLogEntry[] = [
  accessLogEntry({ id: 'kisi:4', at: at('14:20:00'), outcome: 'refused', person: 'Zoë Šimić', kisiUserId: 77, doorId: 12, doorName: 'Garage', detail: 'Outside the schedule' }),
  accessLogEntry({ id: 'staff:2', at: at('11:00:00'), source: 'staff', kind: 'staff-action', doorId: null, doorName: null, person: 'Manager', kisiUserId: null, detail: 'Unlocked Garage remotely' }),
  accessLogEntry({ id: 'kiosk:3', at: at('09:40:00'), source: 'kiosk', kind: 'check-in', doorId: null, doorName: null, person: 'Bob Visitor', kisiUserId: null, visitId: 'v1' }),
  accessLogEntry({ id: 'kisi:1', at: at('09:10:00') }),
]

const synced = (overrides: Partial<AccessLogSyncStatus> = {}): AccessLogSyncStatus => ({
  lastSyncedAt: new Date().toISOString(),
  syncedUntil: new Date(Date.now() + 86_400_000 * 2).toISOString(),
  running: false,
  behind: false,
  problem: null,
  ...overrides,
})

const onSite = { id: 'v1', status: 'on-site' } as StaffVisit
const left = { id: 'v2', status: 'left' } as StaffVisit

let fake: FakeKiosk
let router: Router
let wrapper: VueWrapper

function serve(lines: AccessLogEntry[], status = synced()): void {
  fake.calls['accessLog.day'].mockImplementation(() => ok<AccessLogPage>({ entries: lines, next: null, total: lines.length }))
  fake.calls['accessLog.syncStatus'].mockImplementation(() => ok(status))
  fake.calls['visits.today'].mockImplementation(() => ok([onSite, left]))
  fake.calls['visits.checkOutBursts'].mockImplementation(() => ok([]))
}

async function open(address: string, role: 'manager' | 'reception' = 'manager'): Promise<void> {
  useStaffStore().status = { pinsConfigured: true, lockedUntil: null, session: { role, expiresAt: '2099-01-01T00:00:00.000Z', idleMinutes: 10 } }
  router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/console/access-log', name: 'console-access-log', component: ConsoleAccessLogView },
      { path: '/console/accounts/:userId', name: 'console-account', component: { render: () => null } },
    ],
  })
  await router.push(address)
  const { plugins } = fake.mountOptions()
  wrapper = mount({ render: () => h(RouterView) }, { global: { plugins: [...plugins, router], stubs: { RouterLink: RouterLinkStub } }, attachTo: document.body })
  await flushPromises()
}

const rows = () => wrapper.findAll('[data-testid="access-log-row"]')
const tile = (name: string) => wrapper.get(`[data-testid="tile-${name}"] strong`).text()
const hourBar = (hour: number) => wrapper.get(`[data-testid="chart-hour-${hour}"]`)

beforeEach(() => {
  fake = createFakeKiosk()
  // happy-dom lays nothing out: give the timeline's scroll area the size of a screen, as a browser would.
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(640)
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1024)
})
afterEach(() => {
  wrapper.unmount()
  vi.restoreAllMocks()
})

describe('the access log page', () => {
  it('opens today with its tiles, its hours and its lines, newest first', async () => {
    serve(todaysLines)
    await open('/console/access-log')
    expect(fake.calls['accessLog.day']).toHaveBeenCalledWith({ day: today, after: null, limit: 300 })
    expect(rows().map((row) => row.find('time').text())).toEqual(['14:20:00', '11:00:00', '09:40:00', '09:10:00'])
    expect(tile('visitors')).toBe('1')
    expect(tile('on-site')).toBe('1')
    expect(tile('unlocks')).toBe('1')
    expect(tile('denied')).toBe('1')
    expect(hourBar(14).attributes('data-denials')).toBe('1')
    expect(hourBar(14).find('title').text()).toBe('14:00–15:00: 0 unlocks, 1 denied')
    expect(Number(hourBar(9).get('[data-testid="chart-unlocks"]').attributes('height'))).toBeGreaterThan(0)
    expect(Number(hourBar(10).get('[data-testid="chart-unlocks"]').attributes('height'))).toBe(0)
    expect(wrapper.get('[data-testid="access-log-chart-summary"]').text()).toBe('1 unlocks and 1 denied attempts. Busiest hour: 09:00.')
  })

  it('links a refused unlock to Diagnose for that person and door', async () => {
    serve(todaysLines)
    await open('/console/access-log')
    const links = wrapper.findAllComponents(RouterLinkStub)
    expect(links).toHaveLength(1)
    expect(links[0]?.props('to')).toEqual({ name: 'console-account', params: { userId: '77' }, query: { diagnose: '12' } })
  })

  it('restores the filters from the address and writes changes back to it', async () => {
    serve(todaysLines)
    await open('/console/access-log?source=kisi&q=garage')
    expect(rows()).toHaveLength(1)
    expect(wrapper.get<HTMLInputElement>('input[name="q"]').element.value).toBe('garage')
    await wrapper.get('input[name="q"]').setValue('')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ source: 'kisi' })
    expect(rows()).toHaveLength(2)
    await wrapper.get('select[name="outcome"]').setValue('refused')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ source: 'kisi', outcome: 'refused' })
    expect(rows()).toHaveLength(1)
    expect(wrapper.get('[data-testid="access-log-count"]').text()).toBe('1 of 4 events match the filters.')
    expect(hourBar(9).attributes('data-unlocks')).toBe('0')
  })

  it('keeps a quick change undone when the address lags behind it', async () => {
    serve(todaysLines)
    await open('/console/access-log')
    // The real router asks the host for the staff session on every change of address, a round trip.
    const guards: (() => void)[] = []
    router.beforeEach(() => new Promise<true>((resolve) => guards.push(() => resolve(true))))
    await wrapper.get('input[name="q"]').setValue('garage')
    await wrapper.get('input[name="q"]').setValue('')
    for (const release of guards.splice(0)) release()
    await flushPromises()
    for (const release of guards.splice(0)) release()
    await flushPromises()
    expect(wrapper.get<HTMLInputElement>('input[name="q"]').element.value).toBe('')
    expect(rows()).toHaveLength(4)
    expect(router.currentRoute.value.query).toEqual({})
  })

  it('ignores address values that make no sense, and drops them from the address', async () => {
    serve(todaysLines)
    await open('/console/access-log?kind=teleport&door=front&outcome=refused&day=tomorrow')
    expect(fake.calls['accessLog.day']).toHaveBeenCalledWith({ day: today, after: null, limit: 300 })
    expect(rows()).toHaveLength(1)
    expect(router.currentRoute.value.query).toEqual({ outcome: 'refused' })
  })

  it('lets a manager open a past day, without "on site now"', async () => {
    serve([accessLogEntry({ at: at('08:00:00', '2026-11-20') })])
    await open('/console/access-log?day=2026-11-20')
    expect(fake.calls['accessLog.day']).toHaveBeenCalledWith({ day: '2026-11-20', after: null, limit: 300 })
    expect(wrapper.find('[data-testid="tile-on-site"]').exists()).toBe(false)
    expect(wrapper.get<HTMLInputElement>('input[name="day"]').element.value).toBe('2026-11-20')
    await wrapper.get('button[aria-label="Next day"]').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ day: '2026-11-21' })
  })

  it('shows reception today only, whatever the address says', async () => {
    serve(todaysLines)
    await open('/console/access-log?day=2026-11-20', 'reception')
    expect(fake.calls['accessLog.day']).toHaveBeenCalledWith({ day: today, after: null, limit: 300 })
    expect(wrapper.find('input[name="day"]').exists()).toBe(false)
    expect(wrapper.text()).toContain('Reception sees today only.')
  })

  it('tells an empty day from one not synced', async () => {
    serve([])
    await open('/console/access-log')
    expect(wrapper.get('[data-testid="access-log-empty"]').text()).toBe('No events for this day.')
    wrapper.unmount()

    fake = createFakeKiosk()
    serve([], synced({ syncedUntil: null, lastSyncedAt: null }))
    await open('/console/access-log')
    expect(wrapper.get('[data-testid="access-log-empty"]').text()).toBe("No events stored for this day. Kisi's door events have never been synced to this kiosk.")
    wrapper.unmount()

    fake = createFakeKiosk()
    serve([], synced({ syncedUntil: at('07:30:00') }))
    await open('/console/access-log')
    expect(wrapper.get('[data-testid="access-log-empty"]').text()).toBe("No events stored for this day. Kisi's door events are not synced since 07:30: they may be missing.")
    expect(wrapper.find('[data-testid="access-log-day-incomplete"]').exists()).toBe(true)
  })

  it('syncs on demand and shows the new lines once the sync has finished', async () => {
    serve([], synced({ syncedUntil: at('07:30:00') }))
    fake.calls['accessLog.sync'].mockImplementation(() => ok(synced({ running: true, syncedUntil: at('07:30:00') })))
    await open('/console/access-log')
    fake.calls['accessLog.day'].mockImplementation(() => ok<AccessLogPage>({ entries: todaysLines, next: null, total: 4 }))
    await wrapper.get('[data-testid="access-log-sync-now"]').trigger('click')
    await flushPromises()
    expect(wrapper.text()).toContain('Syncing with Kisi…')
    fake.emit('accessLog.syncStatusChanged', synced())
    await flushPromises()
    expect(rows()).toHaveLength(4)
  })

  it('keeps a long day out of the DOM but scrolls through all of it', async () => {
    serve(accessLogDay(5000, today))
    await open('/console/access-log')
    expect(rows().length).toBeGreaterThan(5)
    expect(rows().length).toBeLessThan(100)
    expect(wrapper.get('[role="table"]').attributes('aria-rowcount')).toBe('5001')
    expect(wrapper.get('[data-testid="access-log-timeline"]').attributes('tabindex')).toBe('0')
  })
})
