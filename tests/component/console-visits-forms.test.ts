import { flushPromises, mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { PublicVisitType, StaffVisit } from '@shared/schemas/visit'
import VisitsExtendDialog from '@renderer/components/console/VisitsExtendDialog.vue'
import VisitsPassDialog from '@renderer/components/console/VisitsPassDialog.vue'
import VisitsPreRegisterForm from '@renderer/components/console/VisitsPreRegisterForm.vue'
import VisitsWalkInForm from '@renderer/components/console/VisitsWalkInForm.vue'
import { createFakeKiosk, fail, ok, type FakeKiosk } from './fake-kiosk'

const visitTypes: PublicVisitType[] = [
  { id: 'guest', name: 'Guest', fields: { email: 'optional', phone: 'off', company: 'off', host: 'required', purpose: 'off' }, agreement: null, opensDoors: true, checkInOpen: true, checkInHours: { days: [1, 2, 3, 4, 5, 6, 7], from: '00:00', until: '23:59' } },
  { id: 'delivery', name: 'Delivery', fields: { email: 'off', phone: 'off', company: 'required', host: 'off', purpose: 'off' }, agreement: null, opensDoors: false, checkInOpen: true, checkInHours: { days: [1, 2, 3, 4, 5, 6, 7], from: '06:00', until: '20:00' } },
]

const expected: StaffVisit = {
  id: 'v1',
  origin: 'this-kiosk',
  visitTypeId: 'guest',
  visitTypeName: 'Guest',
  visitor: { name: 'Ines Invited', host: 'Lena' },
  status: 'expected',
  holdReason: null,
  access: { state: 'none', groupName: null, validFrom: null, validUntil: null, problem: null },
  expectedAt: new Date().toISOString(),
  checkedInAt: null,
  checkedOutAt: null,
  autoCheckOutAt: null,
  inviteCode: 'K7PQ4X2M',
  agreementVersion: null,
  agreementAcceptance: null,
  passCode: 'M2XA-K7QF',
}

let fake: FakeKiosk
beforeEach(() => {
  fake = createFakeKiosk()
})

describe('VisitsPreRegisterForm', () => {
  it('checks the details with the visit type\'s own rules before sending', async () => {
    const wrapper = mount(VisitsPreRegisterForm, { props: { visitTypes }, global: fake.mountOptions() })
    // The field holds what the shared rule allows: no more, and no less than the rule says.
    expect(wrapper.get('input[name="name"]').attributes('maxlength')).toBe('100')
    await wrapper.get('input[name="name"]').setValue('I')
    await wrapper.get('input[name="email"]').setValue('not-mail')
    await wrapper.get('form').trigger('submit')
    expect(wrapper.text()).toContain('Enter your full name')
    expect(wrapper.text()).toContain('Enter an e-mail address such as name@example.com')
    expect(wrapper.text()).toContain('Enter the name of the person you are visiting')
    expect(fake.calls['visits.preRegister']).not.toHaveBeenCalled()
  })

  it('sends only the fields the type asks for and shows the invite code large and as a QR code', async () => {
    fake.calls['visits.preRegister'].mockImplementation(() => ok(expected))
    const wrapper = mount(VisitsPreRegisterForm, { props: { visitTypes }, global: fake.mountOptions() })
    await wrapper.get('input[name="name"]').setValue('Ines Invited')
    await wrapper.get('input[name="host"]').setValue('Lena')
    await wrapper.get('input[name="expectedAt"]').setValue('2030-05-06T09:15')
    await wrapper.get('form').trigger('submit')
    await flushPromises()

    expect(fake.calls['visits.preRegister']).toHaveBeenCalledWith({
      visitTypeId: 'guest',
      visitor: { name: 'Ines Invited', host: 'Lena' },
      expectedAt: new Date(2030, 4, 6, 9, 15).toISOString(),
    })
    expect(wrapper.get('[data-testid="invite-code"]').text()).toBe('K7PQ-4X2M')
    await vi.waitFor(() => expect(wrapper.get('[data-testid="invite-qr"]').attributes('src')).toMatch(/^data:image\/png;base64,/))
  })
})

describe('VisitsWalkInForm', () => {
  it('changes the fields with the type and shows main\'s field errors', async () => {
    fake.calls['visits.walkIn'].mockImplementation(() =>
      fail({ code: 'invalid_request', message: 'The visitor details do not fit the visit type', fields: { 'visitor.company': ['atMost100Characters'] } }),
    )
    const wrapper = mount(VisitsWalkInForm, { props: { visitTypes }, global: fake.mountOptions() })
    await wrapper.get('select[name="visitTypeId"]').setValue('delivery')
    expect(wrapper.find('input[name="host"]').exists()).toBe(false)
    await wrapper.get('input[name="name"]').setValue('Dora Driver')
    await wrapper.get('input[name="company"]').setValue('Parcel Co')
    await wrapper.get('form').trigger('submit')
    await flushPromises()

    expect(fake.calls['visits.walkIn']).toHaveBeenCalledWith({ visitTypeId: 'delivery', visitor: { name: 'Dora Driver', company: 'Parcel Co' }, agreementVersion: null })
    expect(wrapper.get('[role="alert"]').text()).toBe('Some details are missing or not valid.')
    expect(wrapper.get('input[name="company"]').element.closest('label')?.textContent).toContain('Use at most 100 characters')
  })
})

describe('visit dialogs', () => {
  const onSite: StaffVisit = {
    ...expected,
    status: 'on-site',
    access: { state: 'issued', groupName: 'Visitors', validFrom: new Date().toISOString(), validUntil: new Date(Date.now() + 3_600_000).toISOString(), problem: null },
  }

  it('draws the pass\'s link as a QR code', async () => {
    fake.calls['visits.pass'].mockImplementation(() =>
      ok({ visitId: 'v1', visitorName: 'Ines Invited', visitTypeName: 'Guest', linkUrl: 'https://web.kisi.io/grouplinks/abcdefgh12', doorNames: ['Main Entrance'], validUntil: onSite.access.validUntil }),
    )
    const wrapper = mount(VisitsPassDialog, { props: { visit: onSite }, global: fake.mountOptions() })
    await vi.waitFor(() => expect(wrapper.get('[data-testid="pass-qr"]').attributes('src')).toMatch(/^data:image\/png;base64,/))
    expect(wrapper.get('[role="dialog"]').text()).toContain('Doors: Main Entrance')
    expect(wrapper.get('[data-testid="pass-link"]').text()).toBe('https://web.kisi.io/grouplinks/abcdefgh12')
  })

  it('extends to the chosen end and closes', async () => {
    fake.calls['visits.extend'].mockImplementation(() => ok(onSite))
    const wrapper = mount(VisitsExtendDialog, { props: { visit: onSite }, global: fake.mountOptions() })
    await wrapper.get('input[name="validUntil"]').setValue('2030-05-06T18:00')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(fake.calls['visits.extend']).toHaveBeenCalledWith({ visitId: 'v1', validUntil: new Date(2030, 4, 6, 18, 0).toISOString() })
    expect(wrapper.emitted('close')).toHaveLength(1)
  })
})
