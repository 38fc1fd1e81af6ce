import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { h } from 'vue'
import { createMemoryHistory, createRouter, type Router } from 'vue-router'
import StaffPinView from '@renderer/views/StaffPinView.vue'
import StaffSetupView from '@renderer/views/StaffSetupView.vue'
import { createFakeKiosk, fail, ok, type FakeKiosk } from './fake-kiosk'

let fake: FakeKiosk
let router: Router
let wrapper: VueWrapper

async function mountPin(): Promise<void> {
  const screen = (name: string) => ({ name, path: `/${name}`, component: { render: () => h('p', name) } })
  router = createRouter({ history: createMemoryHistory(), routes: [screen('welcome'), screen('console-overview'), { path: '/staff', name: 'staff-pin', component: StaffPinView }] })
  await router.push('/staff')
  const { plugins } = fake.mountOptions()
  wrapper = mount(StaffPinView, { global: { plugins: [...plugins, router] }, attachTo: document.body })
}

async function enter(pin: string, submitLabel = 'Unlock'): Promise<void> {
  for (const digit of pin) await wrapper.findAll('button').find((button) => button.text() === digit)!.trigger('click')
  await wrapper.findAll('button').find((button) => button.text() === submitLabel)!.trigger('click')
  await flushPromises()
}

describe('StaffPinView', () => {
  beforeEach(() => {
    fake = createFakeKiosk()
  })
  afterEach(() => {
    wrapper.unmount()
    vi.useRealTimers()
  })

  it('opens the console with the right PIN', async () => {
    fake.calls['staff.unlock'].mockImplementation(() => ok({ role: 'reception', expiresAt: new Date(Date.now() + 60_000).toISOString(), idleMinutes: 10 }))
    await mountPin()
    await enter('1234')
    expect(fake.calls['staff.unlock']).toHaveBeenCalledWith({ pin: '1234' })
    expect(router.currentRoute.value.name).toBe('console-overview')
  })

  it('says a wrong PIN is wrong, clears the pad, and counts down a lock-out main reports', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    fake.calls['staff.unlock']
      .mockImplementationOnce(() => fail({ code: 'pin_incorrect', message: 'Wrong PIN; 1 left before the lock-out', reason: 'pinIncorrect', params: { count: 1 } }))
      .mockImplementationOnce(() =>
        fail({ code: 'pin_locked', message: 'Too many wrong PINs; locked for 30 s', reason: 'pinLocked', retryAt: new Date(Date.now() + 30_000).toISOString() }),
      )
    await mountPin()
    await enter('1111')
    expect(wrapper.get('[role="alert"]').text()).toBe('That PIN is not right. 1 try left before the PIN screen locks.')
    expect(wrapper.findAll('.pin-pad__dot')).toHaveLength(0)

    await enter('2222')
    expect(wrapper.get('[role="alert"]').text()).toBe('Locked. Try again in 30 s.')
    expect(wrapper.findAll('button').find((button) => button.text() === 'Unlock')!.attributes('disabled')).toBeDefined()
    expect(router.currentRoute.value.name).toBe('staff-pin')
  })
})

describe('StaffSetupView', () => {
  beforeEach(() => {
    fake = createFakeKiosk()
  })
  afterEach(() => wrapper.unmount())

  it('says the step in words ("Step 2 of 4"), not as a list of four empty items', async () => {
    const screen = (name: string) => ({ name, path: `/${name}`, component: { render: () => h('p', name) } })
    router = createRouter({ history: createMemoryHistory(), routes: [screen('welcome'), screen('staff-pin'), { path: '/setup', name: 'staff-setup', component: StaffSetupView }] })
    await router.push('/setup')
    const { plugins } = fake.mountOptions()
    wrapper = mount(StaffSetupView, { global: { plugins: [...plugins, router] }, attachTo: document.body })
    expect(wrapper.get('[data-testid="setup-progress"]').text()).toBe('Step 1 of 4')
    await enter('2468', 'Next')
    expect(wrapper.get('[data-testid="setup-progress"]').text()).toBe('Step 2 of 4')
    // The bars only draw the same thing; a screen reader reads the words, not four empty items.
    expect(wrapper.findAll('li')).toHaveLength(0)
    expect(wrapper.get('.staff-setup__bars').attributes('aria-hidden')).toBe('true')
  })
})
