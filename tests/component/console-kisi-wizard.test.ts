import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { beforeEach, describe, expect, it } from 'vitest'
import type { KisiStatus } from '@shared/ipc/kisi-calls'
import ConsoleKisiView from '@renderer/views/console/ConsoleKisiView.vue'
import { createFakeKiosk, fail, ok, type FakeKiosk } from './fake-kiosk'
import { notConnectedStatus } from './kisi-status-fixtures'

const notConnected: KisiStatus = notConnectedStatus
const signedIn: KisiStatus = { ...notConnected, state: 'connected', organisationName: 'Demo Organization', connectedAs: 'security@demo.example' }
const places = [
  { id: 3, name: 'Demo HQ', address: 'Friedrichstraße 68, 10117 Berlin, Germany' },
  { id: 4, name: 'Warehouse', address: null },
]

let fake: FakeKiosk
let wrapper: VueWrapper
beforeEach(() => {
  fake = createFakeKiosk()
  return () => wrapper.unmount()
})

async function mountWith(status: KisiStatus): Promise<void> {
  fake.calls['kisi.status'].mockImplementation(() => ok(status))
  wrapper = mount(ConsoleKisiView, { global: fake.mountOptions(), attachTo: document.body })
  await flushPromises()
}

const button = (label: string) => wrapper.findAll('button').find((candidate) => candidate.text().startsWith(label))!
const field = (name: string) => wrapper.get(`input[name="${name}"]`)

describe('the Kisi connect wizard', () => {
  it('offers the three ways to connect', async () => {
    await mountWith(notConnected)
    expect(wrapper.findAll('.kisi-wizard__method strong').map((label) => label.text())).toEqual(['Sign in with Kisi', 'Use an API key', 'Try with demo data'])
    expect(wrapper.find('form').exists()).toBe(false)
  })

  it('asks for the 2FA code when Kisi wants one, then signs in with it at the chosen address', async () => {
    fake.calls['kisi.signIn'].mockImplementationOnce(() =>
      fail({ code: 'kisi_refused', message: 'Kisi asks for a two-factor verification code.', reason: 'kisiTwoFactorNeeded', fields: { otpCode: ['enterSixDigitCode'] } }),
    )
    await mountWith(notConnected)
    await button('Sign in with Kisi').trigger('click')
    expect(wrapper.find('input[name="otpCode"]').exists()).toBe(false)
    expect((field('baseUrl').element as HTMLInputElement).value).toBe('https://api.kisi.io')

    await field('domain').setValue('demo')
    await field('email').setValue('security@demo.example')
    await field('password').setValue('demo-password')
    await field('baseUrl').setValue('http://127.0.0.1:4567')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(fake.calls['kisi.signIn']).toHaveBeenLastCalledWith({ domain: 'demo', email: 'security@demo.example', password: 'demo-password', baseUrl: 'http://127.0.0.1:4567' })
    expect(wrapper.get('[role="alert"]').text()).toBe('Kisi asks for a two-factor verification code.')
    expect(document.activeElement).toBe(field('otpCode').element)

    await wrapper.get('form').trigger('submit')
    expect(wrapper.text()).toContain('Enter the 6-digit code')
    expect(fake.calls['kisi.signIn']).toHaveBeenCalledTimes(1)

    fake.calls['kisi.signIn'].mockImplementation(() => ok(signedIn))
    fake.calls['kisi.places'].mockImplementation(() => ok(places))
    await field('otpCode').setValue('123456')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(fake.calls['kisi.signIn']).toHaveBeenLastCalledWith({ domain: 'demo', email: 'security@demo.example', password: 'demo-password', otpCode: '123456', baseUrl: 'http://127.0.0.1:4567' })
    expect(wrapper.find('[data-testid="kisi-wizard"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="kisi-place-step"]').exists()).toBe(true)
  })

  it('checks the sign-in fields before asking Kisi', async () => {
    await mountWith(notConnected)
    await button('Sign in with Kisi').trigger('click')
    await field('email').setValue('not-mail')
    await wrapper.get('form').trigger('submit')
    expect(wrapper.text()).toContain('Enter your organisation’s Kisi domain')
    expect(wrapper.text()).toContain('Enter the e-mail you sign in to Kisi with')
    expect(wrapper.text()).toContain('Enter the password')
    expect(fake.calls['kisi.signIn']).not.toHaveBeenCalled()
  })

  it('then has the manager choose the place, and shows the connection with it', async () => {
    fake.calls['kisi.places'].mockImplementation(() => ok(places))
    fake.calls['kisi.choosePlace'].mockImplementation(() => ok({ ...signedIn, place: { id: 4, name: 'Warehouse' } }))
    await mountWith(signedIn)
    const step = wrapper.get('[data-testid="kisi-place-step"]')
    expect(step.text()).toContain('Choose the place')
    expect(step.text()).toContain('Friedrichstraße 68')
    expect(button('Use this place').attributes('disabled')).toBeDefined()

    await wrapper.get('input[name="place"][value="4"]').setValue(true)
    await step.trigger('submit')
    await flushPromises()
    expect(fake.calls['kisi.choosePlace']).toHaveBeenCalledWith({ placeId: 4 })
    expect(wrapper.find('[data-testid="kisi-place-step"]').exists()).toBe(false)
    expect(wrapper.get('[data-testid="kisi-status"]').text()).toContain('Connected as security@demo.example to organisation Demo Organization.')
    expect(wrapper.get('[data-testid="kisi-place"]').text()).toBe('Place: Warehouse')
  })

  it('starts the demo after saying what it is', async () => {
    fake.calls['kisi.tryDemo'].mockImplementation(() => ok({ ...signedIn, connectedAs: 'admin@demo.example', demo: true, place: { id: 3, name: 'Demo HQ' } }))
    await mountWith(notConnected)
    await button('Try with demo data').trigger('click')
    expect(wrapper.text()).toContain('starts a local demo organisation')
    expect(wrapper.text()).toContain('All its data is made up')
    await button('Start the demo').trigger('click')
    await flushPromises()
    expect(fake.calls['kisi.tryDemo']).toHaveBeenCalled()
    expect(wrapper.get('[data-testid="kisi-status"]').text()).toContain('This is the demo organisation')
    expect(wrapper.find('[data-testid="kisi-place-step"]').exists()).toBe(false)
  })

  it('explains a key Kisi no longer accepts and offers to sign in again', async () => {
    await mountWith({ ...signedIn, state: 'key-invalid', baseUrl: 'http://127.0.0.1:4567', place: { id: 3, name: 'Demo HQ' } })
    expect(wrapper.get('[data-testid="kisi-key-invalid"]').text()).toContain('a changed Kisi password')
    expect(button('Sign in with Kisi').attributes('aria-pressed')).toBe('true')
    expect((field('baseUrl').element as HTMLInputElement).value).toBe('http://127.0.0.1:4567')
    expect(wrapper.findAll('button').some((candidate) => candidate.text() === 'Disconnect')).toBe(true)
  })

  it('switches in-app unlock and explains tap-to-unlock as the Kisi app\'s', async () => {
    fake.calls['kisi.setOptions'].mockImplementation(() => ok({ ...signedIn, place: { id: 3, name: 'Demo HQ' }, inAppUnlock: false }))
    await mountWith({ ...signedIn, place: { id: 3, name: 'Demo HQ' } })
    expect(wrapper.get('[data-testid="kisi-tap-info"]').text()).toContain('happen in the Kisi mobile app at the reader')
    const box = field('inAppUnlock')
    expect((box.element as HTMLInputElement).checked).toBe(true)
    await box.setValue(false)
    await flushPromises()
    expect(fake.calls['kisi.setOptions']).toHaveBeenCalledWith({ inAppUnlock: false })
    expect(wrapper.get('[role="status"]').text()).toBe('In-app unlock is switched off.')
  })
})
