import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { describe, expect, it } from 'vitest'
import { h } from 'vue'
import { createI18n } from 'vue-i18n'
import { createMemoryHistory, createRouter, type Router } from 'vue-router'
import App from '@renderer/App.vue'
import { HostConnection, hostConnectionPlugin } from '@renderer/api/host-connection'
import { en } from '@renderer/locales/en'
import { useKioskStatusStore } from '@renderer/stores/kiosk-status'
import { createFakeKiosk, ok } from './fake-kiosk'

async function welcomeRouter(): Promise<Router> {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/', name: 'welcome', component: { render: () => h('p', { 'data-testid': 'welcome' }, 'Welcome') }, meta: { isWelcome: true } }],
  })
  await router.push('/')
  return router
}

describe('App', () => {
  it('explains how to open the kiosk when main.ts found no way to reach main', async () => {
    const i18n = createI18n({ legacy: false, locale: 'en', messages: { en } })
    const wrapper = mount(App, { global: { plugins: [createPinia(), await welcomeRouter(), i18n] } })
    expect(wrapper.get('h1').text()).toBe(en.app.notConnectedTitle)
    expect(wrapper.find('[data-testid="welcome"]').exists()).toBe(false)
  })

  it('shows the screens and reads the kiosk status once connected', async () => {
    const fake = createFakeKiosk()
    const status = { organisationName: 'Frontdesk', language: 'en', idleTimeoutSeconds: 60, passDisplaySeconds: 10, accessLinkBase: 'https://web.kisi.io/grouplinks/', appVersion: '0.1.0' } as const
    fake.calls['kiosk.status'].mockImplementation(() => ok(status))
    const { plugins } = fake.mountOptions()
    const wrapper = mount(App, { global: { plugins: [...plugins, await welcomeRouter()] } })
    await flushPromises()
    expect(wrapper.find('[data-testid="welcome"]').exists()).toBe(true)
    expect(useKioskStatusStore().status).toEqual(status)
  })

  it('tells the visitor calmly that it is reconnecting while the host is away, over the screen they are on', async () => {
    const fake = createFakeKiosk()
    const connection = new HostConnection()
    const { plugins } = fake.mountOptions()
    const wrapper = mount(App, { global: { plugins: [...plugins, hostConnectionPlugin(connection), await welcomeRouter()] } })
    await flushPromises()
    expect(wrapper.find('[data-testid="connection-notice"]').exists()).toBe(false)
    connection.set('reconnecting')
    await flushPromises()
    expect(wrapper.get('[data-testid="connection-notice"]').text()).toBe(en.app.reconnecting)
    expect(wrapper.find('[data-testid="welcome"]').exists()).toBe(true)
    connection.set('connected')
    await flushPromises()
    expect(wrapper.find('[data-testid="connection-notice"]').exists()).toBe(false)
  })

  it('says plainly when the host no longer takes this page, instead of letting visitors try', async () => {
    const fake = createFakeKiosk()
    const connection = new HostConnection()
    const { plugins } = fake.mountOptions()
    const wrapper = mount(App, { global: { plugins: [...plugins, hostConnectionPlugin(connection), await welcomeRouter()] } })
    connection.set('refused')
    connection.set('connected')
    await flushPromises()
    expect(wrapper.get('[data-testid="connection-refused"] h1').text()).toBe(en.app.refusedTitle)
    expect(wrapper.find('[data-testid="connection-notice"]').exists()).toBe(false)
  })
})
