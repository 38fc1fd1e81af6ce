import { beforeEach, describe, expect, it } from 'vitest'
import type { PublicVisitType } from '@shared/schemas/visit'
import type { Result } from '@shared/ipc/result'
import { useCheckInStore } from '@renderer/stores/check-in'
import { createFakeKiosk, fail, ok, type FakeKiosk } from './fake-kiosk'

const agreement = { text: 'House rules', version: 3 }
const guest: PublicVisitType = {
  id: 'guest',
  name: 'Guest',
  fields: { email: 'optional', phone: 'off', company: 'off', host: 'required', purpose: 'off' },
  agreement,
  opensDoors: true,
  checkInOpen: true,
  checkInHours: { days: [1, 2, 3, 4, 5, 6, 7], from: '00:00', until: '23:59' },
}
const pending = { outcome: 'access-pending', visitorName: 'Ada Lovelace' } as const

let fake: FakeKiosk

async function storeWithGuest(): Promise<ReturnType<typeof useCheckInStore>> {
  fake.calls['visitTypes.list'].mockReturnValueOnce(ok([guest]))
  const store = useCheckInStore()
  await store.loadTypes()
  store.chooseType('guest')
  return store
}

describe('check-in store', () => {
  beforeEach(() => {
    fake = createFakeKiosk()
  })

  it('sends only the fields the type asks for, with the accepted agreement version', async () => {
    const store = await storeWithGuest()
    store.form = { name: 'Ada Lovelace', host: 'Grace Hopper', phone: 'typed for another type' }
    fake.calls['visits.checkIn'].mockReturnValueOnce(ok(pending))
    expect(await store.submit()).toBe('result')
    expect(fake.calls['visits.checkIn']).toHaveBeenCalledWith({ visitTypeId: 'guest', visitor: { name: 'Ada Lovelace', email: '', host: 'Grace Hopper' }, agreementVersion: 3 })
    expect(store.outcome).toEqual(pending)
  })

  it('leads to the closed screen, saying the type’s hours in words, outside check-in hours', async () => {
    const store = await storeWithGuest()
    fake.calls['visits.checkIn'].mockReturnValueOnce(
      fail({
        code: 'not_available',
        message: 'Guest check-in is closed now',
        reason: 'checkInClosed',
        params: { visitType: 'Guest', days: '1,2,3,4,5', from: '07:00', until: '19:00' },
      }),
    )
    expect(await store.submit()).toBe('closed')
    expect(store.refusal).toBe('Guest check-in is open Monday to Friday, 07:00–19:00. Please see reception.')
  })

  it('takes main’s field errors back to the form by field, keeping what was typed', async () => {
    const store = await storeWithGuest()
    store.form = { name: 'Ada Lovelace', host: 'Grace Hopper', email: 'ada@example' }
    fake.calls['visits.checkIn'].mockReturnValueOnce(
      fail({ code: 'invalid_request', message: 'The visitor details do not fit the visit type', fields: { 'visitor.email': ['emailLikeExample'] } }),
    )
    expect(await store.submit()).toBe('details')
    expect(store.serverErrors).toEqual({ 'visitor.email': 'Enter an e-mail address such as name@example.com' })
    expect(store.error).toBe('Some details are missing or not valid.')
    expect(store.form['email']).toBe('ada@example')
  })

  it('shows an invitation’s agreement first, and checks in at once when it has none', async () => {
    const store = useCheckInStore()
    fake.calls['visits.inviteAgreement'].mockReturnValueOnce(ok({ visitTypeName: 'Guest', agreement }))
    expect(await store.openInvite({ visitId: 'v1' })).toBe('agreement')
    expect(store.agreement).toEqual(agreement)
    expect(fake.calls['visits.checkInInvite']).not.toHaveBeenCalled()

    fake.calls['visits.inviteAgreement'].mockReturnValueOnce(ok({ visitTypeName: 'Delivery', agreement: null }))
    fake.calls['visits.checkInInvite'].mockReturnValueOnce(ok(pending))
    expect(await store.openInvite({ inviteCode: 'K7PQ4X2M' })).toBe('result')
    expect(fake.calls['visits.checkInInvite']).toHaveBeenCalledWith({ inviteCode: 'K7PQ4X2M', agreementVersion: null })
  })

  it('checks the invited e-mail address at Continue, before the agreement, and sends the confirmed one with check-in', async () => {
    const store = useCheckInStore()
    fake.calls['visits.inviteAgreement'].mockReturnValueOnce(ok({ visitTypeName: 'Guest', agreement, confirmWith: 'email' }))
    expect(await store.openInvite({ visitId: 'v1' })).toBe('confirm')

    fake.calls['visits.inviteAgreement'].mockReturnValueOnce(
      fail({ code: 'invalid_request', message: 'wrong', reason: 'inviteEmailMismatch', params: { count: 4 }, fields: { email: ['enterInvitedEmail'] } }),
    )
    expect(await store.confirmInvite('adam@example.com')).toBe('stay')
    expect(fake.calls['visits.inviteAgreement']).toHaveBeenLastCalledWith({ visitId: 'v1', email: 'adam@example.com' })
    expect(store.error).toBe('That is not the e-mail address of this invitation. 4 tries left.')

    fake.calls['visits.inviteAgreement'].mockReturnValueOnce(ok({ visitTypeName: 'Guest', agreement, confirmWith: 'nothing' }))
    expect(await store.confirmInvite('ada@example.com')).toBe('agreement')
    expect(store.error).toBeNull()
    fake.calls['visits.checkInInvite'].mockReturnValueOnce(ok(pending))
    expect(await store.submit()).toBe('result')
    expect(fake.calls['visits.checkInInvite']).toHaveBeenCalledWith({ visitId: 'v1', email: 'ada@example.com', agreementVersion: agreement.version })
  })

  it('stays on the invitation screen with plain words for an unknown code, and forgets everything on reset', async () => {
    const store = useCheckInStore()
    fake.calls['visits.inviteAgreement'].mockReturnValueOnce(fail({ code: 'not_found', message: 'No expected visit matches this invitation', reason: 'inviteNotFound' }))
    expect(await store.openInvite({ inviteCode: 'ZZZZ9999' })).toBe('stay')
    expect(store.error).toBe('We could not find this invitation. Please see reception.')
    store.form = { name: 'Ada Lovelace' }
    store.inviteSearch = 'Ada'
    store.reset()
    expect(store.$state).toMatchObject({ form: {}, inviteSearch: '', error: null, outcome: null, invite: null, visitTypes: null })
  })

  it('drops an answer that arrives after the kiosk went idle', async () => {
    const store = await storeWithGuest()
    let answer: (value: Result<unknown>) => void = () => undefined
    fake.calls['visits.checkIn'].mockReturnValueOnce(new Promise((resolve) => (answer = resolve)))
    const submitting = store.submit()
    store.reset()
    answer({ ok: true, value: pending })
    expect(await submitting).toBe('stay')
    expect(store.outcome).toBeNull()
    expect(store.busy).toBe(false)
  })
})
