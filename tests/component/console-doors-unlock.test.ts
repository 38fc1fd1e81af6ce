import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { beforeEach, describe, expect, it } from 'vitest'
import type { KisiStatus } from '@shared/ipc/kisi-calls'
import ConsoleDoorsView from '@renderer/views/console/ConsoleDoorsView.vue'
import { createFakeKiosk, failByKisi, ok, type FakeKiosk } from './fake-kiosk'
import { buttonOf, doors } from './console-accounts-fixtures'
import { connectedStatus } from './kisi-status-fixtures'

const status: KisiStatus = connectedStatus

let fake: FakeKiosk
let wrapper: VueWrapper
beforeEach(() => {
  fake = createFakeKiosk()
  fake.calls['doors.list'].mockImplementation(() => ok(doors))
  return () => wrapper.unmount()
})

async function mountWith(inAppUnlock: boolean): Promise<void> {
  fake.calls['kisi.status'].mockImplementation(() => ok({ ...status, inAppUnlock }))
  wrapper = mount(ConsoleDoorsView, { global: fake.mountOptions(), attachTo: document.body })
  await flushPromises()
}

const rowOf = (name: string) => wrapper.findAll('[data-testid="door-row"]').find((row) => row.get('strong').text() === name)!

describe('the Doors page', () => {
  it('lists each door with its state', async () => {
    await mountWith(true)
    expect(wrapper.findAll('[data-testid="door-row"]')).toHaveLength(doors.length)
    expect(rowOf('Main Entrance').text()).toContain('Online')
    expect(rowOf('Roof Terrace').text()).toContain('Controller offline')
    expect(rowOf('Server Room').text()).toContain('Kisi Reader Restriction on')
    expect(rowOf('Office Floor 2').text()).toContain('Locked down')
    expect(wrapper.find('[data-testid="doors-unlock-off"]').exists()).toBe(false)
    // Eight buttons all read "Unlock" to a screen reader unless each names its door.
    expect(rowOf('Main Entrance').get('button').attributes('aria-label')).toBe('Unlock Main Entrance')
    expect(rowOf('Server Room').get('button').attributes('aria-label')).toBe('Unlock Server Room')
  })

  it('asks for a reason, unlocks and says so', async () => {
    fake.calls['doors.unlock'].mockImplementation(() => ok({ message: 'Unlocked!' }))
    await mountWith(true)
    await buttonOf(rowOf('Main Entrance'), 'Unlock').trigger('click')
    expect(wrapper.get('[role="dialog"]').text()).toContain('Unlock Main Entrance')
    await wrapper.get('input[name="reason"]').setValue(' a ')
    await wrapper.get('[role="dialog"] form').trigger('submit')
    expect(wrapper.get('[role="dialog"]').text()).toContain('Say why, in a few words')
    expect(fake.calls['doors.unlock']).not.toHaveBeenCalled()

    await wrapper.get('input[name="reason"]').setValue('Courier at the door')
    await wrapper.get('[role="dialog"] form').trigger('submit')
    await flushPromises()
    expect(fake.calls['doors.unlock']).toHaveBeenCalledWith({ lockId: 1, reason: 'Courier at the door' })
    expect(wrapper.find('[role="dialog"]').exists()).toBe(false)
    expect(rowOf('Main Entrance').get('[role="status"]').text()).toBe('Main Entrance: Unlocked!')
  })

  it('shows Kisi’s refusal in words, as for a door with the Kisi Reader Restriction', async () => {
    const readerRestriction = {
      kisiCode: 'bb5bff',
      kisiMessage: 'The Kisi Reader Restriction is on for this door or group, so it cannot be unlocked from this app.',
      kisiHint: "Turn off the Kisi Reader Restriction where it is on, in the door's own settings or its group's in the Kisi dashboard, or give the visitor an access link (links are not affected).",
    }
    fake.calls['doors.unlock'].mockImplementation(() => failByKisi('kisiRefused', readerRestriction))
    await mountWith(true)
    await buttonOf(rowOf('Server Room'), 'Unlock').trigger('click')
    await wrapper.get('input[name="reason"]').setValue('Technician')
    await wrapper.get('[role="dialog"] form').trigger('submit')
    await flushPromises()
    expect(wrapper.get('[role="dialog"] [role="alert"]').text()).toBe(
      "The Kisi Reader Restriction is on for this door or group, so it cannot be unlocked from this app. Turn off the Kisi Reader Restriction where it is on, in the door's own settings or its group's in the Kisi dashboard, or give the visitor an access link (links are not affected). (Kisi code bb5bff)",
    )
    expect(rowOf('Server Room').find('[role="status"]').exists()).toBe(false)
  })

  it('takes an earlier "Unlocked!" away once a later unlock, of any door, fails', async () => {
    fake.calls['doors.unlock']
      .mockImplementationOnce(() => ok({ message: 'Unlocked!' }))
      .mockImplementation(() => failByKisi('kisiUnreachable', { kisiCode: 'timeout', kisiMessage: 'Kisi did not answer in time.', kisiHint: 'Try again.' }))
    await mountWith(true)
    for (const door of ['Main Entrance', 'Reception']) {
      await buttonOf(rowOf(door), 'Unlock').trigger('click')
      await wrapper.get('input[name="reason"]').setValue('Courier at the door')
      await wrapper.get('[role="dialog"] form').trigger('submit')
      await flushPromises()
    }
    expect(wrapper.get('[role="dialog"] [role="alert"]').text()).toBe('Kisi did not answer in time. Try again.')
    expect(rowOf('Main Entrance').find('[role="status"]').exists()).toBe(false)
  })

  it('says when in-app unlock is switched off and offers no unlock', async () => {
    await mountWith(false)
    expect(wrapper.get('[data-testid="doors-unlock-off"]').text()).toBe('Unlocking from this app is switched off. A manager can allow it on the Kisi tab.')
    for (const row of wrapper.findAll('[data-testid="door-row"]')) expect(buttonOf(row, 'Unlock').attributes('disabled')).toBeDefined()
  })
})
