import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { beforeEach, describe, expect, it } from 'vitest'
import { defaultKeyboardReading } from '@shared/schemas/keyboard-reading'
import type { ReaderOutputSetting } from '@shared/schemas/scan'
import ScannersKeyboardReading from '@renderer/components/scanners/ScannersKeyboardReading.vue'
import { useScannerSetupStore } from '@renderer/stores/scanner-setup'
import ConsoleScannersView from '@renderer/views/console/ConsoleScannersView.vue'
import { createFakeKiosk, fail, ok, type FakeKiosk } from './fake-kiosk'
import { answerKeyboardReading, mountScannerPanel, pressKeys, signInAs, usKeys } from './scanners-fixtures'

let fake: FakeKiosk
let wrapper: VueWrapper
beforeEach(() => {
  fake = createFakeKiosk()
  answerKeyboardReading(fake)
  return () => wrapper.unmount()
})

const field = (name: string) => wrapper.get(`[name="${name}"]`)
const fieldError = (name: string): string => wrapper.get(`[name="${name}"]`).element.closest('label')?.querySelector('.error-text')?.textContent ?? ''

async function save(): Promise<void> {
  await wrapper.get('[data-testid="keyboard-reading"]').trigger('submit')
  await flushPromises()
}

describe('the keyboard reading editor', () => {
  it('shows each timing limit with what it does and its default', async () => {
    wrapper = await mountScannerPanel(fake, ScannersKeyboardReading, { canChange: true })
    const gap = field('maxGapMs').element.closest('label')
    expect(gap?.textContent).toContain('A pcProx types about 40 ms a key, a slow barcode scanner about 80. Default 100.')
    expect(field('maxLength').element.closest('label')?.textContent).toContain('Default 300.')
    expect((field('maxGapMs').element as HTMLInputElement).value).toBe('100')
  })

  it('sends exactly the setting a manager entered', async () => {
    wrapper = await mountScannerPanel(fake, ScannersKeyboardReading, { canChange: true })
    await field('formatKind').setValue('facility-and-card')
    await field('separator').setValue('-')
    await field('cardFormat').setValue('h10304')
    await field('framingPrefix').setValue(' f9  ; ')
    await field('framingSuffix').setValue('% Space')
    await field('maxGapMs').setValue('60')
    await field('minLength').setValue('6')
    await field('maxLength').setValue('40')
    await field('idleResetMs').setValue('400')
    await field('prefixedIdleResetMs').setValue('2000')
    await field('acceptTab').setValue(true)
    await field('prefixOverridesTiming').setValue(true)
    await save()
    const setting: ReaderOutputSetting = {
      format: { kind: 'facility-and-card', separator: '-', cardFormat: 'h10304' },
      framing: { prefix: ['F9', ';'], suffix: ['%', ' '] },
      timing: { maxGapMs: 60, minLength: 6, maxLength: 40, idleResetMs: 400, prefixedIdleResetMs: 2000, acceptTab: true, prefixOverridesTiming: true },
    }
    expect(fake.calls['scanners.setKeyboardReading']).toHaveBeenCalledExactlyOnceWith({ setting })
    expect(wrapper.text()).toContain('Saved: keyboard-type readers are read this way from the next scan.')
    expect(useScannerSetupStore().keyboardReading?.setting).toEqual(setting)
    // The saved setting comes back written the way it is entered.
    expect((field('framingPrefix').element as HTMLInputElement).value).toBe('F9 ;')
    expect((field('framingSuffix').element as HTMLInputElement).value).toBe('% Space')
  })

  it('refuses a prefix key that is not one key, in words, and sends nothing', async () => {
    wrapper = await mountScannerPanel(fake, ScannersKeyboardReading, { canChange: true })
    await field('framingPrefix').setValue('%B')
    await field('framingSuffix').setValue('1 2 3 4 5')
    await save()
    expect(fake.calls['scanners.setKeyboardReading']).not.toHaveBeenCalled()
    expect(fieldError('framingPrefix')).toBe('"%B" is not one key: write one character or F1–F24 per key, separated by spaces.')
    expect(fieldError('framingSuffix')).toBe('At most 4 keys.')
    expect(wrapper.text()).toContain('Nothing was saved: correct the fields marked above.')

    await field('framingPrefix').setValue('F25')
    await field('framingSuffix').setValue('')
    await save()
    expect(fieldError('framingPrefix')).toBe('"F25" is not one key: write one character or F1–F24 per key, separated by spaces.')
    expect(fake.calls['scanners.setKeyboardReading']).not.toHaveBeenCalled()

    // The kiosk keeps F12 from the page in Electron, so a typing reader's F12 would never be seen.
    await field('framingPrefix').setValue('F12')
    await save()
    expect(fieldError('framingPrefix')).toBe(
      'F12 is kept from the screen by the kiosk (reload, full screen, developer tools), so a reader that types it would not be read: choose another key, such as F9.',
    )
    expect(fake.calls['scanners.setKeyboardReading']).not.toHaveBeenCalled()
  })

  it('refuses timing outside the schema’s ranges and a shortest value above the longest', async () => {
    wrapper = await mountScannerPanel(fake, ScannersKeyboardReading, { canChange: true })
    await field('maxGapMs').setValue('1000')
    await field('idleResetMs').setValue('')
    await field('minLength').setValue('2.5')
    await save()
    expect(fieldError('maxGapMs')).toBe('Enter a whole number from 5 to 500.')
    expect(fieldError('idleResetMs')).toBe('Enter a whole number from 50 to 5000.')
    expect(fieldError('minLength')).toBe('Enter a whole number from 1 to 64.')

    await field('maxGapMs').setValue('100')
    await field('idleResetMs').setValue('250')
    await field('minLength').setValue('20')
    await field('maxLength').setValue('10')
    await save()
    expect(fieldError('minLength')).toBe('The shortest value cannot be longer than the longest.')
    expect(fieldError('maxGapMs')).toBe('')
    expect(fake.calls['scanners.setKeyboardReading']).not.toHaveBeenCalled()
  })

  it('says in words when main refuses the setting', async () => {
    fake.calls['scanners.setKeyboardReading'].mockImplementation(() => fail({ code: 'forbidden', message: 'Only a manager may make this call', reason: 'managerOnly' }))
    wrapper = await mountScannerPanel(fake, ScannersKeyboardReading, { canChange: true })
    await save()
    expect(fake.calls['scanners.setKeyboardReading']).toHaveBeenCalledTimes(1)
    expect(wrapper.text()).toContain('Only a manager can do this.')
  })

  it('shows reception the current reading, read-only', async () => {
    const setting = { ...defaultKeyboardReading(), framing: { prefix: ['F12'], suffix: [] } }
    fake.calls['scanners.keyboardReading'].mockImplementation(() => ok({ setting, capturedIn: 'renderer' }))
    wrapper = await mountScannerPanel(fake, ScannersKeyboardReading, { canChange: false })
    expect((field('framingPrefix').element as HTMLInputElement).value).toBe('F12')
    expect((field('maxLength').element as HTMLInputElement).value).toBe('300')
    // jsdom does not match :disabled through a fieldset, which is what disables them in a browser.
    expect(wrapper.findAll('input, select').every((control) => control.element.closest('fieldset[disabled]') !== null)).toBe(true)
    expect(wrapper.find('button').exists()).toBe(false)
  })
})

describe('the keyboard test after a save', () => {
  it('classifies the same burst with the saved timing at once', async () => {
    signInAs('manager')
    for (const call of ['scanners.hidDevices', 'scanners.hidReaders', 'scanners.readerActivity'] as const) fake.calls[call].mockImplementation(() => ok([]))
    wrapper = mount(ConsoleScannersView, { global: fake.mountOptions(), attachTo: document.body })
    await flushPromises()
    const verdicts = (): string[] => wrapper.findAll('[data-testid="key-line-verdict"]').map((node) => node.text())
    await pressKeys(wrapper.get('[data-testid="scan-capture"]').element, usKeys('10003', 1_000, 60))

    await field('maxGapMs').setValue('50')
    await save()
    expect(verdicts()).toEqual(['Read as typing: too slow for the timing limit (keys up to 60 ms apart, the limit is 50 ms)'])

    await field('maxGapMs').setValue('100')
    await save()
    expect(fake.calls['scanners.setKeyboardReading']).toHaveBeenLastCalledWith({ setting: { ...defaultKeyboardReading(), timing: { ...defaultKeyboardReading().timing, maxGapMs: 100 } } })
    expect(verdicts()).toEqual(['Read as a scan'])
  })
})
