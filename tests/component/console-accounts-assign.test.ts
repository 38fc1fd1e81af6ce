import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { beforeEach, describe, expect, it } from 'vitest'
import type { AccountDetail, ActionStep } from '@shared/schemas/account'
import AccountsAssignDialog from '@renderer/components/console/AccountsAssignDialog.vue'
import { createFakeKiosk, ok, type FakeKiosk } from './fake-kiosk'
import { buttonOf, doors, groups, jonas, mountAccountPage } from './console-accounts-fixtures'

let fake: FakeKiosk
let wrapper: VueWrapper
beforeEach(() => {
  fake = createFakeKiosk()
  return () => wrapper.unmount()
})

const optionOf = (kind: 'group' | 'door', name: string) =>
  wrapper
    .findAll(`[data-testid="assign-${kind}"]`)
    .find((option) => option.get('strong').text() === name)!
    .get<HTMLInputElement>('input')
const flags = () => wrapper.find('[data-testid="assign-flags"]')

describe('assigning access to the open account', () => {
  beforeEach(async () => {
    ;({ wrapper } = await mountAccountPage(fake))
    await buttonOf(wrapper, 'Assign access').trigger('click')
    await flushPromises()
  })

  it('flags restrictions, offline controllers and lockdowns of everything chosen before saving', async () => {
    expect(wrapper.get('input[name="who"][value="existing"]').element).toHaveProperty('checked', true)
    expect(flags().exists()).toBe(false)

    await optionOf('group', 'Deliveries').setValue(true)
    expect(flags().text()).toContain('“Deliveries” has the Kisi Reader Restriction on: unlocking in an app is blocked; cards, access links and reader taps still work.')

    await optionOf('group', 'Staff').setValue(true)
    expect(flags().text()).toContain('The Kisi controller of Roof Terrace is offline')

    await optionOf('door', 'Server Room').setValue(true)
    await optionOf('door', 'Office Floor 2').setValue(true)
    const said = flags().findAll('li').map((flag) => flag.text())
    expect(said).toHaveLength(4)
    expect(said).toContain('Server Room has the Kisi Reader Restriction on: unlocking in an app is blocked for everyone; cards, access links and reader taps still work.')
    expect(said).toContain('Office Floor 2 is locked down: nobody can open it until the lockdown ends.')

    await optionOf('group', 'Deliveries').setValue(false)
    expect(flags().text()).not.toContain('Deliveries')
  })

  it('saves groups and doors with start and end, then lists the steps, times in local time, above the updated account', async () => {
    const steps: ActionStep[] = [
      { step: 'Made the group “Frontdesk: Main Entrance + Reception” holding exactly the chosen doors', outcome: 'done', detail: null },
      { step: `Gave access through “Visitors” until ${new Date(2030, 4, 6, 18, 0).toISOString()}`, outcome: 'done', detail: null },
      { step: 'Gave access through “Frontdesk: Main Entrance + Reception”', outcome: 'done', detail: null },
    ]
    const updated: AccountDetail = {
      ...jonas,
      assignments: [
        ...jonas.assignments,
        { ...jonas.assignments[0]!, id: 43, groupId: 13, groupName: 'Frontdesk: Main Entrance + Reception [doors:1,2]', doorNames: ['Main Entrance', 'Reception'], isDoorSelection: true },
      ],
    }
    fake.calls['accounts.assign'].mockImplementation(() => ok({ account: updated, steps }))
    await optionOf('group', 'Visitors').setValue(true)
    await optionOf('door', 'Main Entrance').setValue(true)
    await optionOf('door', 'Reception').setValue(true)
    await wrapper.get('input[name="validFrom"]').setValue('2030-05-06T09:00')
    await wrapper.get('input[name="ends"][value="true"]').setValue(true)
    await wrapper.get('input[name="validUntil"]').setValue('2030-05-06T18:00')
    await wrapper.get('[role="dialog"] form').trigger('submit')
    await flushPromises()

    expect(fake.calls['accounts.assign']).toHaveBeenCalledWith({
      user: { existingUserId: 21 },
      groupIds: [10],
      lockIds: [1, 2],
      validFrom: new Date(2030, 4, 6, 9, 0).toISOString(),
      validUntil: new Date(2030, 4, 6, 18, 0).toISOString(),
    })
    expect(wrapper.find('[role="dialog"]').exists()).toBe(false)
    expect(wrapper.get('[data-testid="account-report"]').text()).toBe('Access for Jonas Weber was saved in Kisi.')
    expect(wrapper.findAll('[data-testid="account-step"]').map((step) => step.text())).toEqual([
      '✓Made the group “Frontdesk: Main Entrance + Reception” holding exactly the chosen doors (done)',
      '✓Gave access through “Visitors” until Mon 6 May 18:00 (done)',
      '✓Gave access through “Frontdesk: Main Entrance + Reception” (done)',
    ])
    expect(wrapper.findAll('[data-testid="account-right"]').at(-1)!.text()).toContain('Chosen doors')
  })

  it('asks for something to give and an end after the start', async () => {
    await wrapper.get('input[name="validFrom"]').setValue('2030-05-06T09:00')
    await wrapper.get('input[name="ends"][value="true"]').setValue(true)
    await wrapper.get('input[name="validUntil"]').setValue('2030-05-06T08:00')
    await wrapper.get('[role="dialog"] form').trigger('submit')
    expect(wrapper.text()).toContain('Choose at least one group or door')

    await optionOf('group', 'Visitors').setValue(true)
    await wrapper.get('[role="dialog"] form').trigger('submit')
    const end = wrapper.get('input[name="validUntil"]')
    expect(end.attributes('aria-invalid')).toBe('true')
    expect(wrapper.get(`#${end.attributes('aria-describedby')!}`).text()).toBe('The end must come after the start')
    expect(fake.calls['accounts.assign']).not.toHaveBeenCalled()
  })
})

describe('assigning access to a new person', () => {
  beforeEach(async () => {
    fake.calls['accounts.choices'].mockImplementation(() => ok({ groups, doors }))
    wrapper = mount(AccountsAssignDialog, { props: { account: null }, global: fake.mountOptions(), attachTo: document.body })
    await flushPromises()
  })

  it('checks the name and e-mail, then creates a managed user with no end', async () => {
    expect(wrapper.find('input[name="who"]').exists()).toBe(false)
    await wrapper.get('input[name="email"]').setValue('not-mail')
    await optionOf('group', 'Visitors').setValue(true)
    await wrapper.get('form').trigger('submit')
    expect(wrapper.text()).toContain('Enter the person’s name')
    expect(wrapper.text()).toContain('Enter an e-mail address')

    const answer = { account: { ...jonas, id: 77, name: 'Tom Tester', assignments: [] }, steps: [] }
    fake.calls['accounts.assign'].mockImplementation(() => ok(answer))
    await wrapper.get('input[name="name"]').setValue('Tom Tester')
    await wrapper.get('input[name="email"]').setValue('tom@example.com')
    await wrapper.get('input[name="managed"]').setValue(true)
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    const sent = fake.calls['accounts.assign'].mock.calls[0]?.[0] as { user: unknown; validUntil: unknown; validFrom: string }
    expect(sent.user).toEqual({ name: 'Tom Tester', email: 'tom@example.com', managed: true })
    expect(sent.validUntil).toBeNull()
    expect(Math.abs(Date.parse(sent.validFrom) - Date.now())).toBeLessThan(120_000)
    expect(wrapper.emitted('saved')).toEqual([[answer]])
  })
})
