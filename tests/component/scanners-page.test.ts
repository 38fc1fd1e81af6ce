import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { beforeEach, describe, expect, it } from 'vitest'
import { consoleRoutes } from '@renderer/routes/console-routes'
import { useScannerSetupStore } from '@renderer/stores/scanner-setup'
import ConsoleScannersView from '@renderer/views/console/ConsoleScannersView.vue'
import { createFakeKiosk, ok, type FakeKiosk } from './fake-kiosk'
import { answerKeyboardReading, pressKeys, signInAs, usKeys } from './scanners-fixtures'

let fake: FakeKiosk
let mounted: VueWrapper | null = null
beforeEach(() => {
  fake = createFakeKiosk()
  answerKeyboardReading(fake)
  fake.calls['scanners.hidDevices'].mockImplementation(() => ok([]))
  fake.calls['scanners.hidReaders'].mockImplementation(() => ok([]))
  fake.calls['scanners.readerActivity'].mockImplementation(() => ok([]))
  return () => {
    mounted?.unmount()
    mounted = null
  }
})

async function mountPage(): Promise<VueWrapper> {
  mounted = mount(ConsoleScannersView, { global: fake.mountOptions(), attachTo: document.body })
  await flushPromises()
  return mounted
}

describe('the reader set-up page', () => {
  it('is a console page for any staff member', () => {
    expect(consoleRoutes.find((route) => route.name === 'console-scanners')).toMatchObject({ path: 'scanners', meta: { access: 'staff' } })
  })

  it('tells reception that choosing readers is a manager’s, and lists no devices', async () => {
    signInAs('reception')
    const wrapper = await mountPage()
    expect(wrapper.get('[data-testid="scanners-manager-only"]').text()).toContain('Only a manager can choose readers')
    expect(fake.calls['scanners.hidDevices']).not.toHaveBeenCalled()
    expect(wrapper.find('[data-testid="hid-empty"]').exists()).toBe(false)
  })

  it('gives a manager the devices plugged in, and no note', async () => {
    signInAs('manager')
    const wrapper = await mountPage()
    expect(wrapper.find('[data-testid="scanners-manager-only"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="hid-empty"]').exists()).toBe(true)
  })

  it('drops the samples and the test card when the page closes', async () => {
    signInAs('reception')
    const wrapper = await mountPage()
    await pressKeys(wrapper.get('[data-testid="scan-capture"]').element, usKeys('10003', 100, 30))
    expect(useScannerSetupStore().capturedKeys).toHaveLength(6)
    expect(useScannerSetupStore().testCard).not.toBeNull()
    wrapper.unmount()
    mounted = null
    expect(useScannerSetupStore().capturedKeys).toEqual([])
    expect(useScannerSetupStore().testCard).toBeNull()
  })
})
