import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { beforeEach, describe, expect, it } from 'vitest'
import type { Diagnosis } from '@shared/schemas/account'
import { useAccountsStore } from '@renderer/stores/accounts'
import { shortTime } from '@renderer/words/short-time'
import { createFakeKiosk, fail, failByKisi, ok, type FakeKiosk } from './fake-kiosk'
import { buttonOf, jonas, mountAccountPage, nameMismatchRefusal } from './console-accounts-fixtures'

let fake: FakeKiosk
let wrapper: VueWrapper
let replace: Awaited<ReturnType<typeof mountAccountPage>>['replace']
beforeEach(async () => {
  fake = createFakeKiosk()
  ;({ wrapper, replace } = await mountAccountPage(fake))
  return () => wrapper.unmount()
})

const report = () => wrapper.get('[data-testid="account-report"]').text()
const rightOf = (group: string) => wrapper.findAll('[data-testid="account-right"]').find((right) => right.text().startsWith(group))!

describe('an account page', () => {
  it('shows the person’s state, cards and access rights with validity in local time and the reader restriction', () => {
    expect(wrapper.get('h2').text()).toBe('Jonas Weber')
    expect(wrapper.get('[data-testid="account-access"]').text()).toBe('Access enabled')
    expect(wrapper.get('[data-testid="account-linked"]').text()).toBe('Given access at this kiosk')
    expect(wrapper.get('[data-testid="account-card"]').text()).toContain('No access recorded yet')
    expect(wrapper.get('[data-testid="account-card"]').text()).toContain('Card 42:10003')

    expect(rightOf('Staff').get('[data-testid="account-right-validity"]').text()).toBe('No start or end')
    expect(rightOf('Staff').find('[data-testid="account-right-restricted"]').exists()).toBe(false)
    const deliveries = rightOf('Deliveries')
    expect(deliveries.text()).toContain('Doors: Loading Dock, Main Entrance')
    expect(deliveries.get('[data-testid="account-right-validity"]').text()).toBe(`${shortTime('2030-05-06T07:00:00.000Z')} – ${shortTime('2030-05-10T16:30:00.000Z')}`)
    expect(deliveries.get('[data-testid="account-right-restricted"]').text()).toContain('Kisi Reader Restriction on')
    expect(rightOf('Staff').get('button').attributes('aria-label')).toBe('Remove Staff')
    expect(deliveries.get('button').attributes('aria-label')).toBe('Remove Deliveries')
  })

  it('disables and re-enables access, saying what happened each time', async () => {
    fake.calls['accounts.setAccess'].mockImplementation((request) => ok({ ...jonas, accessEnabled: (request as { enabled: boolean }).enabled }))
    await buttonOf(wrapper, 'Temporarily disable').trigger('click')
    await flushPromises()
    expect(fake.calls['accounts.setAccess']).toHaveBeenLastCalledWith({ userId: 21, enabled: false })
    expect(report()).toBe('Jonas Weber’s access is disabled in Kisi. Nothing opens for them until it is re-enabled.')
    expect(wrapper.get('[data-testid="account-access"]').text()).toBe('Access disabled')

    await buttonOf(wrapper, 'Re-enable').trigger('click')
    await flushPromises()
    expect(fake.calls['accounts.setAccess']).toHaveBeenLastCalledWith({ userId: 21, enabled: true })
    expect(report()).toBe('Jonas Weber’s access is enabled again.')
  })

  it('shows Kisi’s refusal where the action was made', async () => {
    fake.calls['accounts.setAccess'].mockImplementation(() =>
      failByKisi('kisiUnreachable', { kisiCode: 'timeout', kisiMessage: 'Kisi did not answer in time.', kisiHint: 'Try again; if it keeps happening, check the connection.' }),
    )
    await buttonOf(wrapper, 'Temporarily disable').trigger('click')
    await flushPromises()
    expect(wrapper.get('[role="alert"]').text()).toBe('Kisi did not answer in time. Try again; if it keeps happening, check the connection.')
    expect(wrapper.find('[data-testid="account-report"]').exists()).toBe(false)
  })

  it('repairs access and lists each step', async () => {
    fake.calls['accounts.repair'].mockImplementation(() =>
      ok({
        account: jonas,
        steps: [
          { step: 'Removed access through “Staff”', outcome: 'done', detail: null },
          { step: 'Added access through “Staff” again', outcome: 'failed', detail: 'Kisi refused: add it by hand' },
        ],
      }),
    )
    expect(wrapper.text()).toContain('Removes each access right and adds it again as it was')
    await buttonOf(wrapper, 'Repair access').trigger('click')
    await flushPromises()
    expect(report()).toBe('Repairing Jonas Weber’s access stopped at a failed step; see below.')
    const steps = wrapper.findAll('[data-testid="account-step"]').map((step) => step.text())
    expect(steps[0]).toContain('Removed access through “Staff” (done)')
    expect(steps[1]).toContain('Added access through “Staff” again (failed)')
    expect(steps[1]).toContain('Kisi refused: add it by hand')
  })

  it('disconnects from this kiosk only', async () => {
    fake.calls['accounts.disconnect'].mockImplementation(() => ok(null))
    expect(wrapper.text()).toContain('Their Kisi account and access stay untouched.')
    await buttonOf(wrapper, 'Disconnect from this kiosk').trigger('click')
    await flushPromises()
    expect(fake.calls['accounts.disconnect']).toHaveBeenCalledWith({ userId: 21 })
    expect(report()).toBe('Jonas Weber is disconnected from this kiosk. Their Kisi account is untouched.')
    expect(wrapper.get('[data-testid="account-linked"]').text()).toBe('Not given access at this kiosk')
  })

  it('removes one access right after asking', async () => {
    fake.calls['accounts.revokeAssignment'].mockImplementation(() => ok({ ...jonas, assignments: jonas.assignments.slice(0, 1) }))
    await buttonOf(rightOf('Deliveries'), 'Remove').trigger('click')
    expect(wrapper.text()).toContain('Remove access through “Deliveries”?')
    await buttonOf(wrapper, 'Yes, remove').trigger('click')
    await flushPromises()
    expect(fake.calls['accounts.revokeAssignment']).toHaveBeenCalledWith({ userId: 21, assignmentId: 42 })
    expect(report()).toBe('Access through “Deliveries” was removed.')
    expect(wrapper.findAll('[data-testid="account-right"]')).toHaveLength(1)
  })
})

describe('deleting a Kisi user', () => {
  it('names the person, says it cannot be undone, and waits for their name typed back in any case', async () => {
    fake.calls['accounts.delete'].mockImplementation(() => ok(null))
    await buttonOf(wrapper, 'Delete Kisi user').trigger('click')
    const dialog = wrapper.get('[role="dialog"]')
    expect(dialog.text()).toContain('Delete Jonas Weber from Kisi?')
    expect(dialog.text()).toContain('It cannot be undone.')
    const confirm = buttonOf(wrapper, 'Delete Jonas Weber')
    expect(confirm.attributes('disabled')).toBeDefined()
    expect(dialog.get('label').text()).toBe('Type “Jonas Weber” to confirm (capitals, accents and extra spaces do not matter)')

    await dialog.get('input[name="confirmName"]').setValue('Jonas')
    await dialog.get('form').trigger('submit')
    expect(confirm.attributes('disabled')).toBeDefined()
    expect(fake.calls['accounts.delete']).not.toHaveBeenCalled()

    await dialog.get('input[name="confirmName"]').setValue('  jonas  weber ')
    expect(confirm.attributes('disabled')).toBeUndefined()
    await dialog.get('form').trigger('submit')
    await flushPromises()
    expect(fake.calls['accounts.delete']).toHaveBeenCalledWith({ userId: 21, confirmName: '  jonas  weber ' })
    expect(wrapper.find('[role="dialog"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="account-card"]').exists()).toBe(false)
    expect(replace).toHaveBeenCalledWith({ name: 'console-accounts' })
    expect(useAccountsStore().listReport).toBe('Jonas Weber was deleted from Kisi.')
  })

  it('shows main’s answer by the field when it does not accept the name', async () => {
    fake.calls['accounts.delete'].mockImplementation(() => fail(nameMismatchRefusal))
    await buttonOf(wrapper, 'Delete Kisi user').trigger('click')
    await wrapper.get('input[name="confirmName"]').setValue('Jonas Weber')
    await wrapper.get('[role="dialog"] form').trigger('submit')
    await flushPromises()
    expect(wrapper.get('[role="dialog"]').text()).toContain('The name does not match')
    expect(wrapper.get('[role="dialog"] [role="alert"]').text()).toBe('Type “Jonas Weber” to confirm the deletion; capitals, accents and extra spaces do not matter.')
  })
})

describe('diagnosing an unlock', () => {
  it('shows each finding with its fix and a clear verdict', async () => {
    const diagnosis: Diagnosis = {
      canUnlock: false,
      findings: [
        { severity: 'blocker', finding: 'groupReaderRestriction', params: { groups: ['Deliveries', 'Night shift'] } },
        { severity: 'warning', finding: 'accessLogUnavailable', params: {} },
      ],
    }
    fake.calls['accounts.diagnose'].mockImplementation(() => ok(diagnosis))
    expect(buttonOf(wrapper, 'Diagnose').attributes('disabled')).toBeDefined()
    await wrapper.get('select[name="lockId"]').setValue('6')
    await wrapper.get('.diagnose__form').trigger('submit')
    await flushPromises()
    expect(fake.calls['accounts.diagnose']).toHaveBeenCalledWith({ userId: 21, lockId: 6 })
    expect(wrapper.get('[data-testid="diagnosis-verdict"]').text()).toBe('Jonas Weber cannot unlock Loading Dock.')
    const findings = wrapper.findAll('[data-testid="diagnosis-finding"]').map((finding) => finding.text())
    expect(findings[0]).toContain('Blocks: The Kisi Reader Restriction is on for Deliveries and Night shift.')
    expect(findings[0]).toContain("Fix: Turn off the Kisi Reader Restriction in the group's settings")
    expect(findings[1]).toBe('Warning: Kisi’s access log could not be read, so earlier refused unlocks are not shown.')
  })

  it('offers a fix for a door’s own Reader Restriction that speaks of the door, not a group', async () => {
    fake.calls['accounts.diagnose'].mockImplementation(() => ok({ canUnlock: false, findings: [{ severity: 'blocker', finding: 'doorReaderRestriction', params: { door: 'Server Room' } }] }))
    await wrapper.get('select[name="lockId"]').setValue('6')
    await wrapper.get('.diagnose__form').trigger('submit')
    await flushPromises()
    const finding = wrapper.get('[data-testid="diagnosis-finding"]').text()
    expect(finding).toContain('Fix: Turn off the Kisi Reader Restriction in the settings of the door Server Room itself')
    expect(finding).not.toContain('group')
  })

  it('drops a diagnosis once the account changes, so an old verdict is not shown after re-enabling', async () => {
    fake.calls['accounts.diagnose'].mockImplementation(() => ok({ canUnlock: false, findings: [{ severity: 'blocker', finding: 'accessDisabled', params: { person: 'Jonas Weber' } }] }))
    fake.calls['accounts.setAccess'].mockImplementation(() => ok({ ...jonas, accessEnabled: true }))
    await wrapper.get('select[name="lockId"]').setValue('1')
    await wrapper.get('.diagnose__form').trigger('submit')
    await flushPromises()
    expect(wrapper.find('[data-testid="diagnosis"]').exists()).toBe(true)

    await buttonOf(wrapper, 'Temporarily disable').trigger('click')
    await flushPromises()
    expect(wrapper.find('[data-testid="diagnosis"]').exists()).toBe(false)
  })

  it('says plainly when the person can unlock', async () => {
    fake.calls['accounts.diagnose'].mockImplementation(() => ok({ canUnlock: true, findings: [{ severity: 'ok', finding: 'canUnlock', params: { person: 'Jonas Weber', door: 'Main Entrance', groups: ['Staff'] } }] }))
    await wrapper.get('select[name="lockId"]').setValue('1')
    await wrapper.get('.diagnose__form').trigger('submit')
    await flushPromises()
    expect(wrapper.get('[data-testid="diagnosis-verdict"]').text()).toBe('Jonas Weber can unlock Main Entrance.')
    expect(wrapper.get('[data-testid="diagnosis-finding"]').text()).toBe('OK: Jonas Weber can unlock Main Entrance through Staff.')
  })

  it('diagnoses the door the access log asked for at once, and only a door the place has', async () => {
    wrapper.unmount()
    fake = createFakeKiosk()
    fake.calls['accounts.diagnose'].mockImplementation(() => ok({ canUnlock: false, findings: [{ severity: 'blocker', finding: 'doorReaderRestriction', params: { door: 'Server Room' } }] }))
    ;({ wrapper } = await mountAccountPage(fake, jonas, { diagnose: '7' }))
    expect(fake.calls['accounts.diagnose']).toHaveBeenCalledWith({ userId: 21, lockId: 7 })
    expect(wrapper.get<HTMLSelectElement>('select[name="lockId"]').element.value).toBe('7')
    expect(wrapper.get('[data-testid="diagnosis-verdict"]').text()).toBe('Jonas Weber cannot unlock Server Room.')

    wrapper.unmount()
    fake = createFakeKiosk()
    ;({ wrapper } = await mountAccountPage(fake, jonas, { diagnose: '404' }))
    expect(fake.calls['accounts.diagnose']).not.toHaveBeenCalled()
  })
})
