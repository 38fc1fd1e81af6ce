import { describe, expect, it } from 'vitest'
import type { TimedKey } from '@shared/domain/scanning/keyboard-burst-classifier'
import { detectLayoutProblems } from '@shared/domain/scanning/layout-problem'
import { every, typedAt } from '../../fixtures/scan-input'

const asShown = (keys: TimedKey[], shown: readonly string[]): TimedKey[] => keys.map((key, index) => ({ ...key, key: shown[index] ?? key.key }))

describe('layout problems a reader set-up shows', () => {
  it('a US layout has none', () => {
    expect(detectLayoutProblems(typedAt('042:12345⏎', every(40, 10)))).toEqual([])
  })

  it('a French layout: digits arrive as &é"\'', () => {
    const keys = asShown(typedAt('1234⏎', every(40, 5)), ['&', 'é', '"', "'"])
    expect(detectLayoutProblems(keys)).toEqual([
      { kind: 'french-layout', arrived: '&é"\'', meant: '1234', message: 'Digits arrive as &é"\': the reader types on a French (AZERTY) layout.' },
    ])
  })

  it('a Belgian AZERTY row is French too', () => {
    const keys = asShown(typedAt('68', every(40, 2)), ['§', '!'])
    expect(detectLayoutProblems(keys)).toMatchObject([{ kind: 'french-layout', arrived: '§!' }])
  })

  it('a German layout: the FC:CN colon arrives as Ö', () => {
    const keys = typedAt('042:12345⏎', every(40, 10)).map((key) => (key.code === 'Semicolon' ? { ...key, key: 'Ö' } : key))
    expect(detectLayoutProblems(keys)).toMatchObject([{ kind: 'german-layout', arrived: 'Ö', meant: ':' }])
  })

  it('another layout is named as not US English', () => {
    const keys = asShown(typedAt('1', [0]), ['+'])
    expect(detectLayoutProblems(keys)).toMatchObject([{ kind: 'other-layout', arrived: '+', meant: '1' }])
  })

  it('NumLock off: keypad digits arrive as arrows, which the kiosk still reads', () => {
    const keys: TimedKey[] = ['End', 'ArrowDown', 'Numpad3'].map((key, index) => ({ code: `Numpad${index + 1}`, key: key === 'Numpad3' ? '3' : key, shift: false, atMs: index * 40 }))
    expect(detectLayoutProblems(keys)).toMatchObject([{ kind: 'numlock-off', arrived: 'End ArrowDown', meant: '12' }])
  })

  it('keys without what the OS made of them (raw HID) prove nothing', () => {
    expect(detectLayoutProblems([{ code: 'Digit1', shift: false, atMs: 0 }])).toEqual([])
  })
})
