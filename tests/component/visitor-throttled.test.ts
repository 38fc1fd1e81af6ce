import { mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { AppError, type AppErrorShape } from '@shared/errors'
import type { CheckOutBurst, VisitMatch } from '@shared/schemas/visit'
import VisitsCheckOutBursts from '@renderer/components/console/VisitsCheckOutBursts.vue'
import VisitorNameSearch from '@renderer/components/visitor/VisitorNameSearch.vue'
import { useCheckInStore } from '@renderer/stores/check-in'
import { useCheckOutStore } from '@renderer/stores/check-out'
import { useVisitsStore } from '@renderer/stores/visits'
import { createFakeKiosk, fail, ok, type FakeKiosk } from './fake-kiosk'

const ada: VisitMatch = { visitId: 'v1', displayName: 'Ada L.', visitTypeName: 'Guest' }

/** Main's answer to a visitor-side call past its budget. */
function throttled(seconds: number): AppErrorShape {
  return {
    code: 'throttled',
    message: `Too many name searches; try again in ${seconds} s`,
    reason: 'tooManyTries',
    params: { count: seconds },
    retryAt: new Date(Date.now() + seconds * 1_000).toISOString(),
  }
}

let fake: FakeKiosk

beforeEach(() => {
  fake = createFakeKiosk()
})

describe('a throttled answer on the visitor screens', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('says in words how long to wait, never a spinner, and the search asks again by itself', async () => {
    vi.useFakeTimers()
    const search = vi.fn<(query: string) => Promise<VisitMatch[]>>().mockImplementationOnce(() => Promise.reject(AppError.fromShape(throttled(2)))).mockResolvedValue([ada])
    const wrapper = mount(VisitorNameSearch, { props: { query: '', search, pickAction: 'checkIn' }, global: fake.mountOptions() }) as VueWrapper
    await wrapper.setProps({ query: 'Ada' })
    await vi.advanceTimersByTimeAsync(300)
    expect(wrapper.get('[role="alert"]').text()).toBe('Too many tries in a short time. Please wait 2 seconds and try again, or see reception.')
    expect(wrapper.text()).not.toContain('Searching')
    await vi.advanceTimersByTimeAsync(2_000)
    expect(search).toHaveBeenCalledTimes(2)
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
    expect(wrapper.get('button').text()).toContain('Ada L.')
  })

  it('lets the check-out screen show the wait and be tapped again', async () => {
    fake.calls['visits.checkOutSelf'].mockReturnValueOnce(fail(throttled(20)))
    const store = useCheckOutStore()
    store.pick(ada)
    await store.checkOut({ visitId: ada.visitId })
    expect(store.error).toBe('Too many tries in a short time. Please wait 20 seconds and try again, or see reception.')
    expect(store.busy).toBe(false)
    expect(store.goodbyeName).toBeNull()
  })

  it('keeps the visitor on the invitation screen with the wait, or with the way on after too many wrong addresses', async () => {
    const store = useCheckInStore()
    fake.calls['visits.inviteAgreement'].mockReturnValueOnce(fail(throttled(1)))
    expect(await store.openInvite({ inviteCode: 'K7PQ4X2M' })).toBe('stay')
    expect(store.error).toBe('Too many tries in a short time. Please wait a second and try again, or see reception.')
    expect(store.busy).toBe(false)

    fake.calls['visits.inviteAgreement'].mockReturnValueOnce(ok({ visitTypeName: 'Guest', agreement: null, confirmWith: 'email' }))
    expect(await store.openInvite({ visitId: 'v1' })).toBe('confirm')
    fake.calls['visits.inviteAgreement'].mockReturnValueOnce(fail({ code: 'forbidden', message: 'closed', reason: 'inviteEmailAttemptsUsed' }))
    expect(await store.confirmInvite('guess@example.com')).toBe('stay')
    expect(store.error).toBe('Too many wrong e-mail addresses for this invitation. Please scan or type your invitation code, or see reception.')

    fake.calls['visits.inviteAgreement'].mockReturnValueOnce(ok({ visitTypeName: 'Guest', agreement: null, confirmWith: 'code' }))
    expect(await store.openInvite({ visitId: 'v1' })).toBe('need-code')
  })

  it('tells how many tries are left after a wrong invited address', async () => {
    const store = useCheckInStore()
    fake.calls['visits.inviteAgreement'].mockReturnValueOnce(ok({ visitTypeName: 'Guest', agreement: null, confirmWith: 'email' }))
    await store.openInvite({ visitId: 'v1' })
    fake.calls['visits.inviteAgreement'].mockReturnValueOnce(
      fail({ code: 'invalid_request', message: 'wrong', reason: 'inviteEmailMismatch', params: { count: 2 }, fields: { email: ['enterInvitedEmail'] } }),
    )
    await store.confirmInvite('guess@example.com')
    expect(store.error).toBe('That is not the e-mail address of this invitation. 2 tries left.')
  })
})

describe('reception’s notice of check-outs by name in a burst', () => {
  const burst: CheckOutBurst = { from: '2026-11-28T09:00:00.000Z', until: '2026-11-28T09:00:40.000Z', visitorNames: ['Ada Lovelace', 'Bob Builder', 'Carl Jung'] }

  it('names who left, and goes once dismissed', async () => {
    fake.calls['visits.today'].mockImplementation(() => ok([]))
    fake.calls['visits.checkOutBursts'].mockImplementationOnce(() => ok([burst]))
    fake.calls['visits.dismissCheckOutBursts'].mockImplementationOnce(() => ok(null))
    await useVisitsStore().refresh()
    const wrapper = mount(VisitsCheckOutBursts, { global: fake.mountOptions() })
    const notice = wrapper.get('[data-testid="check-out-bursts"]')
    expect(notice.text()).toContain('3 visitors checked out at the kiosk by name close together')
    expect(notice.text()).toContain('Ada Lovelace, Bob Builder, Carl Jung')
    await notice.get('button').trigger('click')
    await vi.waitFor(() => expect(wrapper.find('[data-testid="check-out-bursts"]').exists()).toBe(false))
    expect(fake.calls['visits.dismissCheckOutBursts']).toHaveBeenCalledTimes(1)
  })
})
