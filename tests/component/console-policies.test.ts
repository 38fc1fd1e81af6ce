import { flushPromises, mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it } from 'vitest'
import { defaultVisitPolicies } from '@shared/domain/default-visit-policies'
import type { VisitType } from '@shared/schemas/visit-policy'
import PoliciesTypeEditor from '@renderer/components/console/PoliciesTypeEditor.vue'
import ConsolePoliciesView from '@renderer/views/console/ConsolePoliciesView.vue'
import { createFakeKiosk, fail, ok, type FakeKiosk } from './fake-kiosk'

const groups = [
  { id: 11, name: 'Visitors', readerRestricted: false, doorNames: ['Main Entrance'] },
  { id: 12, name: 'Deliveries', readerRestricted: true, doorNames: ['Loading Dock', 'Main Entrance'] },
]
const guest = defaultVisitPolicies.visitTypes[0] as VisitType

let fake: FakeKiosk
beforeEach(() => {
  fake = createFakeKiosk()
  fake.calls['policies.get'].mockImplementation(() => ok(structuredClone(defaultVisitPolicies)))
  fake.calls['policies.save'].mockImplementation((policies) => ok(policies))
  fake.calls['kisi.groups'].mockImplementation(() => ok(groups))
})

/** Mounted as the view mounts it: the editor's updates come back in as its `type`. */
function mountEditor(type: VisitType, saved: VisitType | null = type) {
  const wrapper = mount(PoliciesTypeEditor, {
    props: {
      type,
      saved,
      groups,
      groupsError: null,
      errors: {},
      'onUpdate:type': (next: VisitType) => wrapper.setProps({ type: next }),
    },
    global: fake.mountOptions(),
  })
  return wrapper
}

describe('PoliciesTypeEditor', () => {
  it('bumps the agreement version once when the text changes, and not for an unchanged text', async () => {
    const wrapper = mountEditor(guest)
    expect(wrapper.get('[data-testid="agreement-version"]').text()).toBe('Version 1')

    const text = wrapper.get('textarea[name="agreement.text"]')
    await text.setValue(`${guest.agreement?.text} No photography.`)
    await text.setValue(`${guest.agreement?.text} No photos.`)
    expect(wrapper.props('type').agreement?.version).toBe(2)
    expect(wrapper.get('[data-testid="agreement-version"]').text()).toContain('Version 2 (new')

    await text.setValue(`  ${guest.agreement?.text} `)
    expect(wrapper.props('type').agreement?.version).toBe(1)
  })

  it('stores the chosen Kisi group with its doors and flags reader restriction as a warning', async () => {
    const wrapper = mountEditor(guest)
    expect(wrapper.find('[data-testid="reader-restricted-warning"]').exists()).toBe(false)

    await wrapper.get('select[name="access"]').setValue('12')
    expect(wrapper.props('type').access).toEqual({ groupId: 12, groupName: 'Deliveries', doorNames: ['Loading Dock', 'Main Entrance'], readerRestricted: true })
    const warning = wrapper.get('[data-testid="reader-restricted-warning"]')
    expect(warning.text()).toBe('Kisi Reader Restriction is on for this group: in-app unlocks are blocked, access links still work.')
    expect(warning.classes()).not.toContain('error-text')

    await wrapper.get('select[name="access"]').setValue('')
    expect(wrapper.props('type').access).toBeNull()
  })

  it('switches the access window between hours and a closing time', async () => {
    const wrapper = mountEditor(guest)
    await wrapper.get('input[name="accessWindow.hours"]').setValue('4.5')
    await wrapper.get('input[name="maxAccessHours"]').setValue('6')
    expect(wrapper.props('type')).toMatchObject({ accessWindow: { mode: 'hours', hours: 4.5 }, maxAccessHours: 6 })
    await wrapper.get('select[name="accessWindow.mode"]').setValue('until')
    expect(wrapper.props('type').accessWindow).toEqual({ mode: 'until', closingTime: '18:00' })
    await wrapper.get('input[name="accessWindow.closingTime"]').setValue('17:30')
    expect(wrapper.props('type').accessWindow).toEqual({ mode: 'until', closingTime: '17:30' })
  })

  it('toggles check-in days and describes them', async () => {
    const wrapper = mountEditor(guest)
    await wrapper.get('button[aria-label="Saturday"]').trigger('click')
    await wrapper.get('button[aria-label="Monday"]').trigger('click')
    expect(wrapper.props('type').checkInDays).toEqual([2, 3, 4, 5, 6])
    expect(wrapper.text()).toContain('Check-in is open Tuesday to Saturday, 07:00–19:00.')
  })
})

describe('ConsolePoliciesView', () => {
  async function mountView() {
    const wrapper = mount(ConsolePoliciesView, { global: fake.mountOptions(), attachTo: document.body })
    await flushPromises()
    return wrapper
  }

  it('shows validation errors by their fields and does not save', async () => {
    const wrapper = await mountView()
    await wrapper.get('input[name="name"]').setValue('')
    await wrapper.get('input[name="accessWindow.hours"]').setValue('')
    await wrapper.get('textarea[name="denyList.emails"]').setValue('ok@example.com\nnot-an-address')
    await wrapper.get('form').trigger('submit')

    const nameField = wrapper.get('input[name="name"]').element.closest('label')
    expect(nameField?.textContent).toContain('Enter a name')
    expect(wrapper.get('input[name="accessWindow.hours"]').element.closest('label')?.textContent).toContain('Enter a number of hours')
    expect(wrapper.text()).toContain('“not-an-address”: Use an e-mail address or @domain')
    expect(wrapper.get('[role="status"]').text()).toBe('Some entries need attention; see the messages by the fields.')
    expect(fake.calls['policies.save']).not.toHaveBeenCalled()
    wrapper.unmount()
  })

  it('saves the edited policies, with a new type whose id follows its name', async () => {
    const wrapper = await mountView()
    await wrapper.findAll('button').find((button) => button.text() === 'Add visit type')!.trigger('click')
    await wrapper.get('input[name="name"]').setValue('Site Visit (B)')
    await wrapper.get('textarea[name="denyList.names"]').setValue('  Eve Example \n\n')
    await wrapper.get('form').trigger('submit')
    await flushPromises()

    const saved = fake.calls['policies.save'].mock.calls[0]?.[0] as typeof defaultVisitPolicies
    expect(saved.visitTypes.at(-1)).toMatchObject({ id: 'site-visit-b', name: 'Site Visit (B)' })
    expect(saved.denyList).toEqual({ names: ['Eve Example'], emails: [] })
    expect(wrapper.get('[role="status"]').text()).toBe('Policies saved.')
    wrapper.unmount()
  })

  it('says when Kisi is not connected and links to the Kisi tab', async () => {
    fake.calls['kisi.groups'].mockImplementation(() => fail({ code: 'kisi_not_connected', message: 'Kisi is not connected', reason: 'kisiNotConnected' }))
    const wrapper = await mountView()
    const notice = wrapper.get('[data-testid="kisi-not-connected"]')
    expect(notice.text()).toContain('Kisi is not connected, so no groups can be offered.')
    expect(notice.findComponent({ name: 'RouterLinkStub' }).props('to')).toEqual({ name: 'console-kisi' })
    wrapper.unmount()
  })
})
