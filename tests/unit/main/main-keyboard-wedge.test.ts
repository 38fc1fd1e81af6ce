import { describe, expect, it } from 'vitest'
import { defaultKeyboardReading, type ScanTakes } from '@shared/schemas/keyboard-reading'
import type { ReaderOutputSetting, ScanEvent } from '@shared/schemas/scan'
import { createMainKeyboardWedge, type WedgeDecision } from '../../../electron/main/main-keyboard-wedge'
import { replayOf, type WedgeInput } from '../../../electron/main/wedge-replay'
import { every, typedAt } from '../../fixtures/scan-input'

const startMs = Date.parse('2026-11-28T09:00:00.000Z')

/** A keyDown as Electron reports it, from a key of the shared fixtures (`typedAt`). */
function keyDown(code: string, key: string, atMs: number, extra: Partial<WedgeInput> = {}): WedgeInput {
  return { type: 'keyDown', code, key, shift: false, control: false, alt: false, meta: false, isAutoRepeat: false, atMs: startMs + atMs, ...extra }
}

const typed = (text: string, times: readonly number[]): WedgeInput[] =>
  typedAt(text, times).map((key) => keyDown(key.code, key.key ?? '', key.atMs, { shift: key.shift }))

/**
 * Drives the wedge as the window glue would, with fake time: the idle check runs when it falls due
 * before the next input. `page` is what the page gets, in order: keys let through, text given back,
 * keys sent again.
 */
function kiosk(options: { active?: boolean; setting?: ReaderOutputSetting; takes?: ScanTakes } = {}) {
  let active = options.active ?? true
  const wedge = createMainKeyboardWedge({
    setting: () => options.setting ?? defaultKeyboardReading(),
    active: () => active,
    takes: () => options.takes ?? 'anything',
    linkBase: () => 'https://web.kisi.io/grouplinks/',
  })
  const page: string[] = []
  const scans: ScanEvent[] = []
  let recheckAt: number | null = null
  const carryOut = (decision: WedgeDecision, atMs: number): void => {
    for (const action of decision.actions) {
      if (action.kind === 'insertText') page.push(`text ${action.text}`)
      else if (action.kind === 'replayKey') page.push(`again ${action.key.keyCode}`)
      else scans.push(action.event)
    }
    recheckAt = decision.recheckInMs === null ? null : atMs + decision.recheckInMs
  }
  const press = (input: WedgeInput): WedgeDecision => {
    while (recheckAt !== null && recheckAt <= input.atMs) {
      const at = recheckAt
      carryOut(wedge.expire(at), at)
    }
    const decision = wedge.input(input)
    if (!decision.prevent && input.type === 'keyDown') page.push(`key ${input.key}`)
    carryOut(decision, input.atMs)
    return decision
  }
  const idle = (): void => {
    if (recheckAt !== null) press({ ...keyDown('ShiftLeft', 'Shift', recheckAt + 10_000 - startMs), type: 'keyUp' })
  }
  return { wedge, page, scans, press, idle, setActive: (on: boolean) => (active = on) }
}

describe('the keyboard wedge in Electron’s main process', () => {
  it('keeps a scan at 30 ms a key from the page, every key down and up, and emits it once', () => {
    const { page, scans, press, idle } = kiosk()
    const keys = typed('12345⏎', every(30, 6))
    const decisions = keys.map((key) => press(key))
    const ups = keys.map((key) => press({ ...key, type: 'keyUp', atMs: key.atMs + 5 }))
    idle()

    expect(decisions.map((decision) => decision.prevent)).toEqual([true, true, true, true, true, true])
    expect(ups.every((decision) => decision.prevent)).toBe(true)
    expect(page).toEqual([])
    expect(scans).toEqual([
      {
        source: 'keyboard',
        readerId: 'keyboard',
        raw: '12345',
        decoded: { kind: 'card', format: 'h10301', facilityCode: null, cardNumber: 12345 },
        parity: 'not-checked',
        at: '2026-11-28T09:00:00.150Z',
      },
    ])
  })

  it('on a screen that takes only badges, gives a fast burst that is no card back to the page in order', () => {
    const { page, scans, press } = kiosk({ takes: 'cards' })
    for (const key of typed('AB-12⏎', every(30, 6))) press(key)

    expect(scans).toEqual([])
    expect(page).toEqual(['text AB-12', 'again Enter'])
  })

  it('on a screen that takes only badges, still reads a card', () => {
    const { page, scans, press } = kiosk({ takes: 'cards' })
    for (const key of typed('12345⏎', every(30, 6))) press(key)

    expect(page).toEqual([])
    expect(scans.map((scan) => scan.decoded)).toEqual([{ kind: 'card', format: 'h10301', facilityCode: null, cardNumber: 12345 }])
  })

  it('on the check-out screen, reads a pass and gives any other fast burst back as typing', () => {
    const { page, scans, press } = kiosk({ takes: 'passes' })
    for (const key of typed('12345⏎', every(30, 6))) press(key)
    expect(scans).toEqual([])
    expect(page).toEqual(['text 12345', 'again Enter'])

    for (const key of typed('https://web.kisi.io/grouplinks/AbC_12-xyz9⏎', every(20, 43))) press({ ...key, atMs: key.atMs + 1_000 })
    expect(scans.map((scan) => scan.raw)).toEqual(['https://web.kisi.io/grouplinks/AbC_12-xyz9'])
    expect(page).toEqual(['text 12345', 'again Enter'])
  })

  it('on the invitation screen, reads an invitation code and gives a badge number back as typing', () => {
    const { page, scans, press } = kiosk({ takes: 'invites' })
    for (const key of typed('12345⏎', every(30, 6))) press(key)
    for (const key of typed('K7PQ-4X2M⏎', every(30, 10, 1_000))) press(key)
    expect(page).toEqual(['text 12345', 'again Enter'])
    expect(scans.map((scan) => scan.raw)).toEqual(['K7PQ-4X2M'])
  })

  it('gives typing at 150 ms a key back in order, the key that ended it sent again after it, and lets that through', () => {
    const { page, scans, press } = kiosk()
    const keys = typed('ab12⏎', every(150, 5))
    const decisions = keys.map((key) => press(key))

    expect(scans).toEqual([])
    expect(page).toEqual(['text a', 'text b', 'text 1', 'text 2', 'again Enter'])
    expect(decisions.at(-1)).toMatchObject({ prevent: true, actions: [{ kind: 'insertText', text: '2' }, { kind: 'replayKey', key: { keyCode: 'Enter', modifiers: [], char: '\r' } }] })

    const cameBack = press({ ...keys.at(-1)!, atMs: keys.at(-1)!.atMs + 2 })
    expect(cameBack).toEqual({ prevent: false, actions: [], recheckInMs: null })
    expect(press({ type: 'char', code: 'Enter', key: 'Enter', shift: false, control: false, alt: false, meta: false, isAutoRepeat: false, atMs: keys.at(-1)!.atMs + 3 }).prevent).toBe(false)
  })

  it('gives back the last keys a person typed once they go quiet', () => {
    const { page, press, idle } = kiosk()
    for (const key of typed('hi', [0, 40])) press(key)
    expect(page).toEqual([])
    idle()
    expect(page).toEqual(['text hi'])
  })

  it('reads a keypad with NumLock off and an AZERTY layout as the same digits, by key position', () => {
    const numLockOff = ['End', 'ArrowDown', 'PageDown', 'ArrowLeft', 'Clear'].map((key, index) => keyDown(`Numpad${index + 1}`, key, index * 30))
    const azerty = ['&', 'é', '"', "'", '('].map((key, index) => keyDown(`Digit${index + 1}`, key, 3_000 + index * 30))
    const { page, scans, press } = kiosk()
    for (const key of [...numLockOff, keyDown('NumpadEnter', 'Enter', 150), ...azerty, keyDown('Enter', 'Enter', 3_150)]) expect(press(key).prevent).toBe(true)

    expect(page).toEqual([])
    expect(scans.map((scan) => scan.raw)).toEqual(['12345', '12345'])
  })

  it('gives a slow keypad with NumLock off back as the keys it typed', () => {
    const { page, press } = kiosk()
    press(keyDown('Numpad1', 'End', 0))
    press(keyDown('Numpad5', 'Clear', 150))
    press(keyDown('Numpad2', 'ArrowDown', 300))
    expect(page).toEqual(['again End'])
  })

  it('types a person’s AZERTY characters as their layout made them', () => {
    const { page, press, idle } = kiosk()
    press(keyDown('Digit2', 'é', 0))
    press(keyDown('Digit2', 'é', 150))
    idle()
    expect(page).toEqual(['text é', 'text é'])
  })

  it('lets everything through while capture is off, the window unfocused or the screen takes no scans', () => {
    const { page, scans, press } = kiosk({ active: false })
    const decisions = typed('12345⏎', every(30, 6)).map((key) => press(key))
    expect(decisions.every((decision) => !decision.prevent && decision.actions.length === 0)).toBe(true)
    expect(page).toEqual(['key 1', 'key 2', 'key 3', 'key 4', 'key 5', 'key Enter'])
    expect(scans).toEqual([])
  })

  it('gives back what it held when capture goes off, at the next key or the idle check', () => {
    const first = kiosk()
    first.press(keyDown('KeyA', 'a', 0))
    first.setActive(false)
    first.press(keyDown('KeyB', 'b', 20))
    expect(first.page).toEqual(['text a', 'again b'])

    const second = kiosk()
    second.press(keyDown('KeyA', 'a', 0))
    second.setActive(false)
    second.idle()
    expect(second.page).toEqual(['text a'])
  })

  it('gives back before a shortcut, which follows the text, and lets a shortcut through at once when nothing waits', () => {
    const { page, press } = kiosk()
    press(keyDown('KeyA', 'a', 0))
    const paste = keyDown('KeyV', 'v', 20, { control: true })
    expect(press(paste)).toMatchObject({ prevent: true, actions: [{ kind: 'insertText', text: 'a' }, { kind: 'replayKey', key: { keyCode: 'v', modifiers: ['control'], char: null } }] })
    expect(press({ ...paste, atMs: paste.atMs + 1 }).prevent).toBe(false)
    expect(press(keyDown('KeyC', 'c', 500, { control: true }))).toEqual({ prevent: false, actions: [], recheckInMs: null })
    expect(page).toEqual(['text a', 'again v', 'key v', 'key c'])
  })

  it('lets a space alone through (it presses a focused button) but holds one inside a burst', () => {
    const { page, press, idle } = kiosk()
    expect(press(keyDown('Space', ' ', 0)).prevent).toBe(false)
    expect(press(keyDown('KeyA', 'a', 500)).prevent).toBe(true)
    expect(press(keyDown('Space', ' ', 530)).prevent).toBe(true)
    idle()
    expect(page).toEqual(['key  ', 'text a '])
  })

  it('takes the same card again within 2 s from the page but emits it once, and again after', () => {
    const { page, scans, press } = kiosk()
    for (const key of [...typed('12345⏎', every(30, 6)), ...typed('12345⏎', every(30, 6, 1_000)), ...typed('12345⏎', every(30, 6, 3_200))]) press(key)
    expect(page).toEqual([])
    expect(scans.map((scan) => scan.at)).toEqual(['2026-11-28T09:00:00.150Z', '2026-11-28T09:00:03.350Z'])
  })

  it('reads a pass address by the default card setting as a code, and a framed reader by a manager’s setting', () => {
    const pass = kiosk()
    for (const key of typed('ABCD2345⏎', every(30, 9))) pass.press(key)
    expect(pass.scans[0]).toMatchObject({ raw: 'ABCD2345', decoded: { kind: 'code', text: 'ABCD2345' }, parity: 'not-checked' })

    const setting: ReaderOutputSetting = { ...defaultKeyboardReading(), format: { kind: 'facility-and-card', separator: ':', cardFormat: 'h10301' }, framing: { prefix: ['%'], suffix: ['?'] } }
    const framed = kiosk({ setting })
    for (const key of typed('%42:12345?⏎', every(30, 11))) framed.press(key)
    expect(framed.scans[0]).toMatchObject({ raw: '42:12345', decoded: { kind: 'card', facilityCode: 42, cardNumber: 12345 } })
    expect(framed.page).toEqual([])
  })

  it('sends keys again by their accelerator names, typing only what types, and not a key it cannot name', () => {
    expect(replayOf(keyDown('ArrowUp', 'ArrowUp', 0))).toEqual({ keyCode: 'Up', modifiers: [], char: null })
    expect(replayOf(keyDown('Space', ' ', 0))).toEqual({ keyCode: 'Space', modifiers: [], char: ' ' })
    expect(replayOf(keyDown('Digit2', '@', 0, { control: true, alt: true }))).toEqual({ keyCode: '@', modifiers: ['control', 'alt'], char: '@' })
    expect(replayOf(keyDown('Numpad5', 'Clear', 0))).toBeNull()
    expect(replayOf(keyDown('MediaPlayPause', 'MediaPlayPause', 0))).toBeNull()
  })
})
