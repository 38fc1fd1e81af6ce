import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defaultVisitPolicies } from '@shared/domain/default-visit-policies'
import type { StartupNotice } from '@shared/ipc/system-calls'
import { kioskSettingsSchema } from '@shared/schemas/kiosk-settings'
import { useStaffStore } from '@renderer/stores/staff'
import ConsoleOverviewView from '@renderer/views/ConsoleOverviewView.vue'
import { createFakeKiosk, ok } from './fake-kiosk'
import { notConnectedStatus } from './kisi-status-fixtures'

const at = '2026-11-28T09:00:00.000Z'

async function overviewWith(notices: StartupNotice[]) {
  const fake = createFakeKiosk()
  fake.calls['settings.get'].mockImplementation(() => ok(kioskSettingsSchema.parse({})))
  fake.calls['system.diagnostics'].mockImplementation(() =>
    ok({ appVersion: '1', runtime: 'browser-host', dataDirectory: '/data', secretProtection: 'key-file', databaseSchemaVersion: 5, notices }),
  )
  fake.calls['policies.get'].mockImplementation(() => ok(defaultVisitPolicies))
  fake.calls['visits.today'].mockImplementation(() => ok([]))
  fake.calls['kisi.status'].mockImplementation(() => ok(notConnectedStatus))
  useStaffStore().status = { pinsConfigured: true, lockedUntil: null, session: { role: 'manager', expiresAt: at, idleMinutes: 10 } }
  const wrapper = mount(ConsoleOverviewView, { global: fake.mountOptions() })
  await flushPromises()
  return wrapper
}

describe('the notices on the console overview', () => {
  it('say what the start found in the console’s words, naming exactly what was reset', async () => {
    const wrapper = await overviewWith([
      { kind: 'visitTypeRemoved', params: { visitType: 'Guest', fields: ['checkInFrom', 'accessWindow.hours'] }, at },
      { kind: 'denyListEntriesRemoved', params: { entries: ['not an address'] }, at },
      { kind: 'settingsUnreadable', params: { movedTo: '/data/settings.corrupt-1.json' }, at },
      { kind: 'pinsRestored', params: {}, at },
    ])
    expect(wrapper.findAll('[data-testid="startup-notices"] li').map((item) => item.text())).toEqual([
      'The visit type “Guest” had invalid values (checkInFrom and accessWindow.hours) and was left out, so visitors cannot choose it. Add it again under Visitor policies.',
      'These deny-list entries were invalid and were removed: not an address. Enter them again under Visitor policies.',
      'The settings file could not be read, so the kiosk started with its default settings; the damaged file is kept as /data/settings.corrupt-1.json. Set up the kiosk settings, Kisi and the visitor policies again, or restore settings.json from a backup (README → Troubleshooting → Recovery).',
      'The staff PINs were missing from the settings file and were restored from the kiosk database.',
    ])
  })

  it('point at the recovery steps when the database is damaged', async () => {
    const wrapper = await overviewWith([{ kind: 'databaseDamagedNotWritable', params: { problem: 'database disk image is malformed' }, at }])
    const text = wrapper.get('[data-testid="startup-notices"]').text()
    expect(text).toContain('The kiosk database is damaged (database disk image is malformed) and cannot save check-ins any more')
    expect(text).toContain('README → Troubleshooting → Recovery')
  })
})
