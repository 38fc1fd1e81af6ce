import type { VueWrapper } from '@vue/test-utils'
import { beforeEach, describe, expect, it } from 'vitest'
import { encodeWiegandBits } from '@shared/domain/scanning/wiegand-layouts'
import { defaultKeyboardReading } from '@shared/schemas/keyboard-reading'
import ScannersKeyboardTest from '@renderer/components/scanners/ScannersKeyboardTest.vue'
import { useScannerSetupStore } from '@renderer/stores/scanner-setup'
import { createFakeKiosk, type FakeKiosk } from './fake-kiosk'
import { answerKeyboardReading, mountScannerPanel, pressKeys, usKeys, type Press } from './scanners-fixtures'

let fake: FakeKiosk
let wrapper: VueWrapper
beforeEach(() => {
  fake = createFakeKiosk()
  return () => wrapper.unmount()
})

const capture = (): Element => wrapper.get('[data-testid="scan-capture"]').element
const lineTexts = (testId: string): string[] => wrapper.findAll(`[data-testid="key-line"] [data-testid="${testId}"]`).map((node) => node.text())

function bitsOf(facilityCode: number, cardNumber: number): string {
  const frame = encodeWiegandBits('h10301', facilityCode, cardNumber)
  if (!frame.ok) throw new Error('test frame out of range')
  return frame.value
}

describe('the keyboard-type reader test', () => {
  it('shows each scan’s timings, its verdict and the value read with the keyboard setting', async () => {
    answerKeyboardReading(fake)
    wrapper = await mountScannerPanel(fake, ScannersKeyboardTest, { canChange: false })
    expect(wrapper.get('[data-testid="keyboard-setting"]').text()).toBe(
      'Read now as card number alone, HID H10301 (26-bit); keys at most 100 ms apart, 4 to 300 characters, ending in Enter.',
    )
    await pressKeys(capture(), usKeys('12345', 1_000, [20, 40, 30, 50, 25]))
    expect(lineTexts('key-line-timings')).toEqual(['Between keys: min 20 ms, median 30 ms, max 50 ms'])
    expect(lineTexts('key-line-verdict')).toEqual(['Read as a scan'])
    expect(lineTexts('scan-value')).toEqual(['Card number 12345 (HID H10301 (26-bit)), no facility code'])
    expect(lineTexts('scan-parity')).toEqual(['Parity not checked: the reader does not send the whole frame'])
    expect(wrapper.find('[data-testid="layout-problem"]').exists()).toBe(false)
  })

  it('says a person typing is too slow for the timing limit', async () => {
    answerKeyboardReading(fake)
    wrapper = await mountScannerPanel(fake, ScannersKeyboardTest, { canChange: false })
    await pressKeys(capture(), usKeys('1234', 1_000, [150, 120, 140, 130]))
    expect(lineTexts('key-line-timings')).toEqual(['Between keys: min 120 ms, median 135 ms, max 150 ms'])
    expect(lineTexts('key-line-verdict')).toEqual(['Read as typing: too slow for the timing limit (keys up to 150 ms apart, the limit is 100 ms)'])
  })

  it('names a French layout when the digit row arrives as &é"\'(', async () => {
    answerKeyboardReading(fake)
    wrapper = await mountScannerPanel(fake, ScannersKeyboardTest, { canChange: false })
    const azerty: Press[] = ['&', 'é', '"', "'", '('].map((key, index) => ({ code: `Digit${index + 1}`, key, atMs: 500 + index * 30 }))
    await pressKeys(capture(), [...azerty, { code: 'Enter', key: 'Enter', atMs: 650 }])
    expect(wrapper.get('[data-testid="key-line"]').text()).toContain('On screen: &é"\'(')
    expect(lineTexts('layout-problem')).toEqual([
      'Digits arrive as &é"\'(: the reader types on a French (AZERTY) layout. The kiosk still reads 12345; a form field would not.',
    ])
    expect(lineTexts('scan-value')).toEqual(['Card number 12345 (HID H10301 (26-bit)), no facility code'])
  })

  it('shows a frame whose parity does not add up as failed', async () => {
    answerKeyboardReading(fake, { kind: 'wiegand-frame', encoding: 'bits', format: 'h10301' })
    wrapper = await mountScannerPanel(fake, ScannersKeyboardTest, { canChange: false })
    const good = bitsOf(42, 10003)
    const misread = `${good.slice(0, -1)}${good.endsWith('1') ? '0' : '1'}`
    await pressKeys(capture(), [...usKeys(good, 1_000, 25), ...usKeys(misread, 5_000, 25)])
    expect(lineTexts('scan-value')).toEqual(['Card 42:10003 (HID H10301 (26-bit))', 'Card 42:10003 (HID H10301 (26-bit))'])
    expect(lineTexts('scan-parity')).toEqual(['Parity OK', 'Parity FAILED: the card was misread, or the reader is set to another format'])
    expect(wrapper.findAll('[data-parity="failed"]')).toHaveLength(1)
    expect(useScannerSetupStore().testCard).toMatchObject({ card: { facilityCode: 42, cardNumber: 10003 }, parity: 'failed', readerId: null })
  })

  it('suggests a format from the samples and applies it only when a manager clicks', async () => {
    answerKeyboardReading(fake)
    wrapper = await mountScannerPanel(fake, ScannersKeyboardTest, { canChange: true })
    await pressKeys(capture(), [...usKeys('42:10003', 1_000, 30), ...usKeys('42:20001', 3_000, 30)])
    expect(lineTexts('scan-problem')).toEqual(['The value is not a number, so it cannot be this card format.', 'The value is not a number, so it cannot be this card format.'])
    const suggestions = wrapper.findAll('[data-testid="format-suggestion"]')
    expect(suggestions[0]?.text()).toContain('facility code ":" card number, HID H10301 (26-bit)')
    expect(fake.calls['scanners.setKeyboardReading']).not.toHaveBeenCalled()
    expect(useScannerSetupStore().testCard).toBeNull()

    await suggestions[0]?.get('button').trigger('click')
    await pressKeys(capture(), [])
    expect(fake.calls['scanners.setKeyboardReading']).toHaveBeenCalledTimes(1)
    expect(fake.calls['scanners.setKeyboardReading']).toHaveBeenCalledWith({
      setting: { ...defaultKeyboardReading(), format: { kind: 'facility-and-card', separator: ':', cardFormat: 'h10301' } },
    })
    expect(wrapper.text()).toContain('The keyboard reading now uses facility code ":" card number, HID H10301 (26-bit).')
    expect(lineTexts('scan-value')).toEqual(['Card 42:10003 (HID H10301 (26-bit))', 'Card 42:20001 (HID H10301 (26-bit))'])
    // Read again with the format applied, the newest line is a card to test.
    expect(useScannerSetupStore().testCard?.card).toEqual({ kind: 'card', format: 'h10301', facilityCode: 42, cardNumber: 20001 })
  })

  it('offers no apply button to reception, and clears the samples', async () => {
    answerKeyboardReading(fake)
    wrapper = await mountScannerPanel(fake, ScannersKeyboardTest, { canChange: false })
    await pressKeys(capture(), usKeys('42:10003', 1_000, 30))
    expect(wrapper.findAll('[data-testid="format-suggestion"]').length).toBeGreaterThan(0)
    expect(wrapper.find('[data-testid="format-suggestion"] button').exists()).toBe(false)

    await wrapper.get('button').trigger('click')
    expect(wrapper.findAll('[data-testid="key-line"]')).toHaveLength(0)
    expect(wrapper.text()).toContain('No scans recorded yet.')
  })
})
