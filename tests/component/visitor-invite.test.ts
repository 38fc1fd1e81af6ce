import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter, type Router } from 'vue-router'
import type { VisitMatch } from '@shared/schemas/visit'
import { dispatchScan } from '@renderer/composables/scan-handlers'
import InviteView from '@renderer/views/visitor/InviteView.vue'
import { createFakeKiosk, fail, ok, type FakeKiosk } from './fake-kiosk'

const ada: VisitMatch = { visitId: 'v1', displayName: 'Ada L.', visitTypeName: 'Guest' }
const agreement = { text: 'House rules', version: 3 }

let fake: FakeKiosk
let router: Router
let wrapper: VueWrapper

async function mountInvite(): Promise<void> {
  const screen = (name: string, path: string) => ({ name, path, component: { render: () => null } })
  router = createRouter({
    history: createMemoryHistory(),
    routes: [screen('check-in', '/check-in'), screen('check-in-agreement', '/check-in/agreement'), { path: '/check-in/invitation', name: 'check-in-invite', component: InviteView }],
  })
  await router.push('/check-in/invitation')
  const { plugins } = fake.mountOptions()
  wrapper = mount(InviteView, { global: { plugins: [...plugins, router] }, attachTo: document.body })
}

/** Types a name into the search and waits for the pause in typing and the answer. */
async function search(text: string): Promise<void> {
  await wrapper.get('[data-testid="scan-input"]').setValue(text)
  await vi.advanceTimersByTimeAsync(300)
  await flushPromises()
}

const button = (name: string) => wrapper.findAll('button').find((candidate) => candidate.text().includes(name))!

describe('InviteView', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    fake = createFakeKiosk()
    fake.calls['visits.findInvites'].mockImplementation(() => ok([ada]))
  })
  afterEach(() => {
    wrapper.unmount()
    vi.useRealTimers()
  })

  it('refuses a wrong invited e-mail where it is typed, at Continue, before any agreement', async () => {
    await mountInvite()
    await search('Ada')
    fake.calls['visits.inviteAgreement'].mockReturnValueOnce(ok({ visitTypeName: 'Guest', agreement, confirmWith: 'email' }))
    await button('Ada L.').trigger('click')
    await flushPromises()
    expect(document.activeElement).toBe(wrapper.get('h2').element)

    fake.calls['visits.inviteAgreement'].mockReturnValueOnce(
      fail({ code: 'invalid_request', message: 'wrong', reason: 'inviteEmailMismatch', params: { count: 4 }, fields: { email: ['enterInvitedEmail'] } }),
    )
    await wrapper.get('input[name="email"]').setValue('adam@example.com')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(fake.calls['visits.inviteAgreement']).toHaveBeenLastCalledWith({ visitId: 'v1', email: 'adam@example.com' })
    expect(router.currentRoute.value.name).toBe('check-in-invite')
    const email = wrapper.get('input[name="email"]')
    expect(wrapper.get('[role="alert"]').text()).toBe('That is not the e-mail address of this invitation. 4 tries left.')
    expect(email.attributes('aria-invalid')).toBe('true')
    expect(document.activeElement).toBe(email.element)

    fake.calls['visits.inviteAgreement'].mockReturnValueOnce(ok({ visitTypeName: 'Guest', agreement, confirmWith: 'nothing' }))
    await email.setValue('ada@example.com')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(router.currentRoute.value.name).toBe('check-in-agreement')
  })

  it('opens an invitation whose code a HID scanner reads here, and leaves other scans to the field', async () => {
    fake.calls['visits.inviteAgreement'].mockReturnValueOnce(ok({ visitTypeName: 'Guest', agreement, confirmWith: 'nothing' }))
    await mountInvite()
    const hidScan = (raw: string) => ({ source: 'hid', readerId: 'hid-0c2e-0b61-008c-0002-0', raw, decoded: { kind: 'code', text: raw }, parity: 'not-checked', at: new Date().toISOString() }) as const
    expect(dispatchScan(hidScan('4006381333931'))).toBe(false)
    expect(fake.calls['visits.inviteAgreement']).not.toHaveBeenCalled()

    expect(dispatchScan(hidScan('K7PQ-4X2M'))).toBe(true)
    await flushPromises()
    expect(fake.calls['visits.inviteAgreement']).toHaveBeenCalledExactlyOnceWith({ inviteCode: 'K7PQ4X2M' })
    expect(router.currentRoute.value.name).toBe('check-in-agreement')
  })

  it('keeps the search when the visitor goes Back, from the e-mail question or from a later screen', async () => {
    await mountInvite()
    await search('Ada')
    fake.calls['visits.inviteAgreement'].mockReturnValueOnce(ok({ visitTypeName: 'Guest', agreement, confirmWith: 'email' }))
    await button('Ada L.').trigger('click')
    await flushPromises()

    await button('Back').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.name).toBe('check-in-invite')
    expect((wrapper.get('[data-testid="scan-input"]').element as HTMLInputElement).value).toBe('Ada')

    // Back from the agreement opens this screen afresh: the search is still there, with its matches.
    wrapper.unmount()
    await mountInvite()
    await vi.advanceTimersByTimeAsync(300)
    await flushPromises()
    expect((wrapper.get('[data-testid="scan-input"]').element as HTMLInputElement).value).toBe('Ada')
    expect(button('Ada L.').exists()).toBe(true)
  })
})
