import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick, ref } from 'vue'
import type { ScanTakes } from '@shared/schemas/keyboard-reading'
import type { ScanEvent } from '@shared/schemas/scan'
import { shownScreenTakes as shownScreenTakesOfHandlers, useScanHandler } from '@renderer/composables/scan-handlers'
import { useScans } from '@renderer/composables/use-scans'
import { createFakeKiosk, type FakeKiosk } from './fake-kiosk'
import { answerKeyboardReading, keyboardSetting, scanFromMain, typeAsReader } from './scan-fixtures'

let fake: FakeKiosk
let wrapper: VueWrapper
const shownScreenTakes = ref<ScanTakes | null>('anything')
const seen: ScanEvent[] = []
/** What the mounted screen answers: whether it had a use for the scan. */
let screenTakes = true

/** The app's scan sources around one screen with a text field, as App and a screen mount them. */
const Screen = defineComponent(() => {
  useScanHandler((scan) => {
    seen.push(scan)
    return screenTakes
  }, 'anything')
  return () => h('input', { id: 'field', type: 'text' })
})
const AppWithScans = defineComponent(() => {
  useScans(() => shownScreenTakes.value)
  return () => h(Screen)
})

async function mountApp(): Promise<HTMLInputElement> {
  wrapper = mount(AppWithScans, { global: { plugins: fake.mountOptions().plugins }, attachTo: document.body })
  await flushPromises()
  const field = document.querySelector<HTMLInputElement>('#field')!
  field.focus()
  return field
}

describe('the scan sources', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    fake = createFakeKiosk()
    shownScreenTakes.value = 'anything'
    screenTakes = true
    seen.length = 0
  })
  afterEach(() => {
    wrapper.unmount()
    vi.useRealTimers()
  })

  it('hands a scan from main to the mounted screen’s handler, unchanged', async () => {
    answerKeyboardReading(fake, keyboardSetting(), 'main')
    await mountApp()
    const scan = scanFromMain({ kind: 'card', format: 'h10301', facilityCode: 42, cardNumber: 10003 }, '0A80F4E')
    fake.emit('scanner.scan', scan)
    expect(seen).toEqual([scan])
  })

  it('acts once on a card that comes by both paths (a typing reader also chosen over hidraw), and again after 2 s', async () => {
    answerKeyboardReading(fake)
    const field = await mountApp()
    typeAsReader('12345')
    fake.emit('scanner.scan', scanFromMain({ kind: 'card', format: 'h10301', facilityCode: null, cardNumber: 12345 }, '12345'))
    expect(seen.map((scan) => scan.source)).toEqual(['keyboard'])
    expect(field.value).toBe('')

    vi.advanceTimersByTime(2_000)
    fake.emit('scanner.scan', scanFromMain({ kind: 'card', format: 'h10301', facilityCode: null, cardNumber: 12345 }, '12345'))
    expect(seen.map((scan) => scan.source)).toEqual(['keyboard', 'hid'])
  })

  it('gives main’s scans to no one while the screen shown takes none (the PIN pad)', async () => {
    answerKeyboardReading(fake, keyboardSetting(), 'main')
    shownScreenTakes.value = null
    await mountApp()
    fake.emit('scanner.scan', scanFromMain({ kind: 'code', text: 'K7PQ4X2M' }, 'K7PQ4X2M'))
    expect(seen).toEqual([])
  })

  it('decodes a wedge burst with the kiosk’s keyboard reading before the handler sees it', async () => {
    answerKeyboardReading(fake, keyboardSetting({ kind: 'facility-and-card', separator: ':', cardFormat: 'h10301' }))
    const field = await mountApp()
    const keys = typeAsReader('42:10003')
    expect(seen).toEqual([
      expect.objectContaining({ source: 'keyboard', readerId: 'keyboard', raw: '42:10003', parity: 'not-checked', decoded: { kind: 'card', format: 'h10301', facilityCode: 42, cardNumber: 10003 } }),
    ])
    expect(keys.every((key) => key.defaultPrevented)).toBe(true)
    expect(field.value).toBe('')
  })

  it('reads a value the setting cannot decode as a plain code', async () => {
    answerKeyboardReading(fake)
    await mountApp()
    typeAsReader('K7PQ-4X2M')
    expect(seen).toEqual([expect.objectContaining({ raw: 'K7PQ-4X2M', decoded: { kind: 'code', text: 'K7PQ-4X2M' }, parity: 'not-checked' })])
  })

  it('gives a scan’s keys back to the field when the screen has no use for it', async () => {
    answerKeyboardReading(fake)
    screenTakes = false
    const field = await mountApp()
    typeAsReader('AB12CD')
    expect(seen).toHaveLength(1)
    expect(field.value).toBe('AB12CD')
  })

  it('reads with the default reading until main has answered, so the first scan after loading is whole', async () => {
    answerKeyboardReading(fake)
    fake.calls['scanners.keyboardReading'].mockImplementation(() => new Promise(() => undefined))
    await mountApp()
    typeAsReader('12345')
    expect(seen).toEqual([expect.objectContaining({ raw: '12345', decoded: { kind: 'card', format: 'h10301', facilityCode: null, cardNumber: 12345 } })])
  })

  it('leaves the keys alone where main reads them (Electron)', async () => {
    answerKeyboardReading(fake, keyboardSetting(), 'main')
    const field = await mountApp()
    const keys = typeAsReader('12345')
    expect(seen).toEqual([])
    expect(keys.some((key) => key.defaultPrevented)).toBe(false)
    expect(field.value).toBe('')
  })

  it('tells main whether the screen shown takes scans, each time that changes', async () => {
    answerKeyboardReading(fake, keyboardSetting(), 'main')
    await mountApp()
    shownScreenTakes.value = null
    await nextTick()
    shownScreenTakes.value = 'cards'
    await nextTick()
    expect(fake.calls['scanners.setKeyboardCapture'].mock.calls.map(([request]) => request)).toEqual([
      { enabled: true, takes: 'anything' },
      { enabled: false, takes: 'anything' },
      { enabled: true, takes: 'cards' },
    ])
  })

  it('reads with a changed setting once a screen that takes scans comes up again', async () => {
    answerKeyboardReading(fake)
    await mountApp()
    answerKeyboardReading(fake, keyboardSetting({ kind: 'card-number', cardFormat: 'h10301', facilityCode: 42 }))
    shownScreenTakes.value = null
    await nextTick()
    shownScreenTakes.value = 'anything'
    await flushPromises()
    typeAsReader('10003')
    expect(seen).toEqual([expect.objectContaining({ decoded: { kind: 'card', format: 'h10301', facilityCode: 42, cardNumber: 10003 } })])
  })
})

describe('what main is told the shown screen takes', () => {
  it('follows the mounted screen’s own word: its kind of scan while it is shown, none once it is gone', async () => {
    fake = createFakeKiosk()
    answerKeyboardReading(fake, keyboardSetting(), 'main')
    const showBadgeScreen = ref(true)
    const BadgeScreen = defineComponent(() => {
      useScanHandler(() => true, 'cards')
      return () => h('p', 'badges')
    })
    const App = defineComponent(() => {
      useScans(() => shownScreenTakesOfHandlers())
      return () => (showBadgeScreen.value ? h(BadgeScreen) : h('input'))
    })
    wrapper = mount(App, { global: { plugins: fake.mountOptions().plugins } })
    await flushPromises()
    showBadgeScreen.value = false
    await flushPromises()
    // Nothing is mounted yet when App sets up; the screen says what it takes once it is.
    expect(fake.calls['scanners.setKeyboardCapture'].mock.calls.map(([request]) => request)).toEqual([
      { enabled: false, takes: 'anything' },
      { enabled: true, takes: 'cards' },
      { enabled: false, takes: 'anything' },
    ])
    wrapper.unmount()
  })
})
