import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { PublicVisitType, StaffVisit, VisitorPass } from '@shared/schemas/visit'
import VisitsWalkInForm from '@renderer/components/console/VisitsWalkInForm.vue'
import { useVisitsStore } from '@renderer/stores/visits'
import { createFakeKiosk, ok, type FakeKiosk } from './fake-kiosk'

const guest: PublicVisitType = {
  id: 'guest',
  name: 'Guest',
  fields: { email: 'off', phone: 'off', company: 'off', host: 'off', purpose: 'off' },
  agreement: { text: 'Wear your badge visibly at all times.', version: 2 },
  opensDoors: true,
  checkInOpen: true,
  checkInHours: { days: [1, 2, 3, 4, 5, 6, 7], from: '00:00', until: '23:59' },
}

const until = new Date(Date.now() + 3_600_000).toISOString()
function walkedIn(state: StaffVisit['access']['state']): StaffVisit {
  return {
    id: 'v1',
    origin: 'this-kiosk',
    visitTypeId: 'guest',
    visitTypeName: 'Guest',
    visitor: { name: 'Walter Walkin' },
    status: 'on-site',
    holdReason: null,
    access: { state, groupName: 'Visitors', validFrom: new Date().toISOString(), validUntil: until, problem: null },
    expectedAt: null,
    checkedInAt: new Date().toISOString(),
    checkedOutAt: null,
    autoCheckOutAt: null,
    inviteCode: null,
    agreementVersion: 2,
    agreementAcceptance: 'confirmed-by-reception',
    passCode: 'M2XA-K7QF',
  }
}
const pass: VisitorPass = {
  visitId: 'v1',
  visitorName: 'Walter Walkin',
  visitTypeName: 'Guest',
  linkUrl: 'https://web.kisi.io/grouplinks/abcdefgh12',
  passCode: 'M2XA-K7QF',
  doorNames: ['Main Entrance'],
  validUntil: until,
}

let fake: FakeKiosk
beforeEach(() => {
  fake = createFakeKiosk()
  fake.calls['visits.pass'].mockImplementation(() => ok(pass))
})

async function fillAndSubmit(wrapper: VueWrapper): Promise<void> {
  await wrapper.get('input[name="name"]').setValue('Walter Walkin')
  await wrapper.get('form').trigger('submit')
  await flushPromises()
}

describe('VisitsWalkInForm: the agreement and the pass', () => {
  it('asks reception to confirm the agreement, shown in full, and sends its version only once confirmed', async () => {
    fake.calls['visits.walkIn'].mockImplementation(() => ok(walkedIn('issued')))
    const wrapper = mount(VisitsWalkInForm, { props: { visitTypes: [guest] }, global: fake.mountOptions() })
    expect(wrapper.get('[data-testid="walk-in-agreement-text"]').text()).toBe('Wear your badge visibly at all times.')
    await fillAndSubmit(wrapper)
    expect(fake.calls['visits.walkIn']).not.toHaveBeenCalled()
    expect(wrapper.get('[data-testid="error-agreementVersion"]').text()).toBe('Confirm that the visitor accepts the agreement')

    await wrapper.get('input[name="agreementVersion"]').setValue(true)
    await fillAndSubmit(wrapper)
    expect(fake.calls['visits.walkIn']).toHaveBeenCalledWith({ visitTypeId: 'guest', visitor: { name: 'Walter Walkin' }, agreementVersion: 2 })
    // The next visitor's agreement is confirmed anew.
    expect((wrapper.get('input[name="agreementVersion"]').element as HTMLInputElement).checked).toBe(false)
  })

  it('asks again when reception switches to another type after confirming one agreement', async () => {
    const contractor: PublicVisitType = { ...guest, id: 'contractor', name: 'Contractor', agreement: { text: 'Safety rules apply.', version: 5 } }
    fake.calls['visits.walkIn'].mockImplementation(() => ok(walkedIn('issued')))
    const wrapper = mount(VisitsWalkInForm, { props: { visitTypes: [guest, contractor] }, global: fake.mountOptions() })
    await wrapper.get('select').setValue('guest')
    await wrapper.get('input[name="agreementVersion"]').setValue(true)
    await wrapper.get('select').setValue('contractor')
    expect(wrapper.get('[data-testid="walk-in-agreement-text"]').text()).toBe('Safety rules apply.')
    expect((wrapper.get('input[name="agreementVersion"]').element as HTMLInputElement).checked).toBe(false)
    await fillAndSubmit(wrapper)
    expect(fake.calls['visits.walkIn']).not.toHaveBeenCalled()

    await wrapper.get('input[name="agreementVersion"]').setValue(true)
    await fillAndSubmit(wrapper)
    expect(fake.calls['visits.walkIn']).toHaveBeenCalledWith({ visitTypeId: 'contractor', visitor: { name: 'Walter Walkin' }, agreementVersion: 5 })
  })

  it('shows the pass, its QR code and code, as soon as the visitor is in with a link', async () => {
    fake.calls['visits.walkIn'].mockImplementation(() => ok(walkedIn('issued')))
    const wrapper = mount(VisitsWalkInForm, { props: { visitTypes: [guest] }, global: fake.mountOptions(), attachTo: document.body })
    await wrapper.get('input[name="agreementVersion"]').setValue(true)
    await fillAndSubmit(wrapper)
    expect(fake.calls['visits.pass']).toHaveBeenCalledWith({ visitId: 'v1' })
    const dialog = wrapper.get('[role="dialog"]')
    expect(dialog.text()).toContain('Access pass of Walter Walkin')
    expect(dialog.get('[data-testid="pass-code"]').text()).toBe('Pass code M2XA-K7QF')
    await vi.waitFor(() => expect(wrapper.get('[data-testid="pass-qr"]').attributes('src')).toMatch(/^data:image\/png;base64,/))
    wrapper.unmount()
  })

  it('while Kisi has not made the link, says so, and opens the pass once the list shows it made', async () => {
    fake.calls['visits.walkIn'].mockImplementation(() => ok(walkedIn('pending')))
    const wrapper = mount(VisitsWalkInForm, { props: { visitTypes: [guest] }, global: fake.mountOptions() })
    await wrapper.get('input[name="agreementVersion"]').setValue(true)
    await fillAndSubmit(wrapper)
    expect(wrapper.get('[role="status"]').text()).toContain('Walter Walkin is checked in. Kisi has not made the access link yet')
    expect(wrapper.find('[role="dialog"]').exists()).toBe(false)

    fake.calls['visits.today'].mockImplementation(() => ok([walkedIn('issued')]))
    fake.calls['visits.checkOutBursts'].mockImplementation(() => ok([]))
    await useVisitsStore().refresh()
    await flushPromises()
    expect(wrapper.get('[role="dialog"]').text()).toContain('Access pass of Walter Walkin')
  })
})
