import { flushPromises, mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it } from 'vitest'
import type { AuditEntry } from '@shared/schemas/audit-trail'
import ConsoleAuditView from '@renderer/views/console/ConsoleAuditView.vue'
import { createFakeKiosk, fail, ok, type FakeKiosk } from './fake-kiosk'

const entry = (id: number, extra: Partial<AuditEntry> = {}): AuditEntry => ({
  id,
  at: new Date(2026, 10, 27, 14, 5).toISOString(),
  role: 'reception',
  action: `action ${id}`,
  outcome: 'succeeded',
  detail: '',
  ...extra,
})

let fake: FakeKiosk
beforeEach(() => {
  fake = createFakeKiosk()
})

describe('ConsoleAuditView', () => {
  it('shows who did what, when and how it ended, with the failure’s words', async () => {
    fake.calls['audit.list'].mockImplementation(() =>
      ok({
        entries: [entry(2, { role: 'manager', action: 'disconnect Kisi', outcome: 'failed', detail: 'kisi_unreachable: Kisi did not answer.' }), entry(1, { role: null, action: 'set up staff PINs' })],
        page: 0,
        pageSize: 50,
        total: 2,
      }),
    )
    const wrapper = mount(ConsoleAuditView, { global: fake.mountOptions() })
    await flushPromises()
    const rows = wrapper.findAll('[data-testid="audit-entry"]')
    expect(rows.map((row) => row.findAll('td').map((cell) => cell.text()))).toEqual([
      ['Fri 27 Nov 2026', '14:05:00', 'Manager', 'disconnect Kisi kisi_unreachable: Kisi did not answer.', 'Failed'],
      ['Fri 27 Nov 2026', '14:05:00', 'No staff signed in', 'set up staff PINs', 'Done'],
    ])
    expect(wrapper.findAll('th').map((cell) => cell.text())).toEqual(['Date', 'Time', 'Who', 'What', 'Result'])
    expect(wrapper.find('nav').exists()).toBe(false)
  })

  it('shows the moments in actions and details in local time, as every other time', async () => {
    const until = new Date(2026, 10, 27, 16, 30).toISOString()
    fake.calls['audit.list'].mockImplementation(() =>
      ok({ entries: [entry(1, { action: `extend visit v1 to ${until}`, detail: `refused until ${until}` })], page: 0, pageSize: 50, total: 1 }),
    )
    const wrapper = mount(ConsoleAuditView, { global: fake.mountOptions() })
    await flushPromises()
    expect(wrapper.get('[data-testid="audit-entry"]').findAll('td')[3]!.text()).toBe('extend visit v1 to Fri 27 Nov 16:30 refused until Fri 27 Nov 16:30')
  })

  it('pages to older entries and back, and filters to problems from the first page', async () => {
    fake.calls['audit.list'].mockImplementation((request) => {
      const { page } = request as { page: number }
      return ok({ entries: [entry(120 - page * 50)], page, pageSize: 50, total: 120 })
    })
    const wrapper = mount(ConsoleAuditView, { global: fake.mountOptions() })
    await flushPromises()
    expect(wrapper.get('nav').text()).toContain('Page 1 of 3')
    const [newer, older] = wrapper.get('nav').findAll('button')
    expect(newer!.attributes('disabled')).toBeDefined()
    await older!.trigger('click')
    await flushPromises()
    expect(fake.calls['audit.list']).toHaveBeenLastCalledWith({ page: 1, problemsOnly: false })
    expect(wrapper.get('[data-testid="audit-entry"]').text()).toContain('action 70')

    await wrapper.get('input[type="checkbox"]').setValue(true)
    await flushPromises()
    expect(fake.calls['audit.list']).toHaveBeenLastCalledWith({ page: 0, problemsOnly: true })
  })

  it('says so in words when the trail cannot be read', async () => {
    fake.calls['audit.list'].mockImplementation(() => fail({ code: 'forbidden', message: 'Only a manager may make this call', reason: 'managerOnly' }))
    const wrapper = mount(ConsoleAuditView, { global: fake.mountOptions() })
    await flushPromises()
    expect(wrapper.get('[role="alert"]').text()).toBe('Only a manager can do this.')
  })
})
