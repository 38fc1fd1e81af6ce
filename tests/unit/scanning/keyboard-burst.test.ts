import { describe, expect, it } from 'vitest'
import { classifyKeyBursts, createKeyboardBurstClassifier, type BurstOutcome, type KeyboardBurstOptions, type TimedKey } from '@shared/domain/scanning/keyboard-burst-classifier'
import { keyboardTimingSchema } from '@shared/schemas/scan'
import { every, typedAt } from '../../fixtures/scan-input'

const defaults: KeyboardBurstOptions = { timing: keyboardTimingSchema.parse({}), framing: { prefix: [], suffix: [] } }
const scans = (outcomes: BurstOutcome[]): string[] => outcomes.flatMap((outcome) => (outcome.kind === 'scan' ? [outcome.value] : []))
const typing = (outcomes: BurstOutcome[]): string[] => outcomes.flatMap((outcome) => (outcome.kind === 'typing' ? [outcome.reason] : []))

describe('keyboard bursts, timing vectors T1–T6 (research/hid.md §5.4)', () => {
  it('T1: a pcProx at 40 ms a key is a scan of 12345', () => {
    const outcomes = classifyKeyBursts(typedAt('12345⏎', [0, 40, 80, 120, 160, 200]), defaults)
    expect(outcomes).toHaveLength(1)
    expect(outcomes[0]).toMatchObject({ kind: 'scan', value: '12345', terminator: 'Enter' })
    expect(outcomes[0]?.keys).toHaveLength(6)
  })

  it('T2: a Honeywell EAN-13 at 10 ms a key is a scan', () => {
    expect(scans(classifyKeyBursts(typedAt('3046920029759⏎', every(10, 14)), defaults))).toEqual(['3046920029759'])
  })

  it('T3: a person typing is not a scan, and every key is handed back', () => {
    const keys = typedAt('12345⏎', [0, 180, 390, 560, 800, 1000])
    const outcomes = classifyKeyBursts(keys, defaults)
    expect(scans(outcomes)).toEqual([])
    expect(outcomes.flatMap((outcome) => outcome.keys)).toEqual(keys)
  })

  it('T4: two fast keys and nothing more are typing, given back after the idle time', () => {
    const classifier = createKeyboardBurstClassifier(defaults)
    const keys = typedAt('11', [0, 35])
    expect(keys.flatMap((key) => classifier.push(key))).toEqual([])
    expect(classifier.looksLikeScan()).toBe(true)
    expect(classifier.expire(35 + 250)).toEqual([])
    expect(classifier.expire(35 + 251)).toEqual([{ kind: 'typing', reason: 'no-terminator', keys }])
    expect(classifier.looksLikeScan()).toBe(false)
  })

  it('T5: a Zebra scanner in keyboard mode at 80 ms a key is a scan with the defaults', () => {
    expect(scans(classifyKeyBursts(typedAt('12345678⏎', every(80, 9)), defaults))).toEqual(['12345678'])
    // Slower than the defaults allow: the reader needs a prefix, or a longer gap set for it.
    expect(scans(classifyKeyBursts(typedAt('12345678⏎', every(120, 9)), defaults))).toEqual([])
  })

  it('T6: with a prefix that overrides timing, a prefixed burst at human pace is a scan', () => {
    const options: KeyboardBurstOptions = { timing: { ...defaults.timing, prefixOverridesTiming: true }, framing: { prefix: ['F12'], suffix: [] } }
    const keys: TimedKey[] = [{ code: 'F12', shift: false, atMs: 0 }, ...typedAt('12345⏎', [50, 230, 440, 610, 850, 1050])]
    expect(classifyKeyBursts(keys, options)).toMatchObject([{ kind: 'scan', value: '12345', tokens: ['F12', '1', '2', '3', '4', '5'] }])
    // The same timing without the prefix stays typing.
    expect(scans(classifyKeyBursts(keys.slice(1), options))).toEqual([])
  })
})

describe('keyboard bursts, layouts and keypads', () => {
  it('reads the same digits on a French (AZERTY) layout, where the keys say &é"\'(', () => {
    const french = typedAt('12345⏎', every(40, 6)).map((key, index) => ({ ...key, key: ['&', 'é', '"', "'", '(', 'Enter'][index] }))
    expect(scans(classifyKeyBursts(french, defaults))).toEqual(['12345'])
  })

  it('reads FC:CN on a German (QWERTZ) layout, where Shift+Semicolon says Ö', () => {
    const german = typedAt('042:12345⏎', every(40, 10)).map((key) => (key.code === 'Semicolon' ? { ...key, key: 'Ö' } : key))
    expect(scans(classifyKeyBursts(german, defaults))).toEqual(['042:12345'])
  })

  it('reads keypad digits with NumLock off (the keys say End, ArrowDown) and keypad Enter', () => {
    const keys: TimedKey[] = ['End', 'ArrowDown', 'PageDown', 'ArrowLeft'].map((key, index) => ({ code: `Numpad${index + 1}`, key, shift: false, atMs: index * 40 }))
    keys.push({ code: 'NumpadEnter', key: 'Enter', shift: false, atMs: 160 })
    expect(classifyKeyBursts(keys, defaults)).toMatchObject([{ kind: 'scan', value: '1234', terminator: 'Enter' }])
  })

  it('skips Shift pressed on its own; its state rides on the next key', () => {
    const keys = typedAt('042:12345⏎', every(40, 10))
    const withShift = keys.flatMap((key) => (key.shift ? [{ code: 'ShiftLeft', shift: true, atMs: key.atMs - 5 }, key] : [key]))
    expect(scans(classifyKeyBursts(withShift, defaults))).toEqual(['042:12345'])
  })
})

describe('keyboard bursts, framing, limits and bad input', () => {
  it('Tab ends a scan only when the reader is set to send it', () => {
    const keys = typedAt('12345⇥', every(40, 6))
    expect(scans(classifyKeyBursts(keys, { ...defaults, timing: { ...defaults.timing, acceptTab: true } }))).toEqual(['12345'])
    expect(typing(classifyKeyBursts(keys, defaults))).toEqual(['other-key'])
  })

  it('a burst too short, without the prefix or suffix, or refused by the format is typing', () => {
    expect(typing(classifyKeyBursts(typedAt('123⏎', every(20, 4)), defaults))).toEqual(['too-short'])
    const framed: KeyboardBurstOptions = { ...defaults, framing: { prefix: ['%'], suffix: ['?'] } }
    expect(scans(classifyKeyBursts(typedAt('%12345?⏎', every(20, 8)), framed))).toEqual(['12345'])
    expect(typing(classifyKeyBursts(typedAt('12345?⏎', every(20, 7)), framed))).toEqual(['framing'])
    const digitsOnly: KeyboardBurstOptions = { ...defaults, accepts: (value) => /^\d+$/.test(value) }
    expect(typing(classifyKeyBursts(typedAt('hello⏎', every(20, 6)), digitsOnly))).toEqual(['rejected-value'])
  })

  it('a burst without the configured prefix stops looking like a scan at its first key', () => {
    const classifier = createKeyboardBurstClassifier({ ...defaults, framing: { prefix: ['%'], suffix: [] } })
    classifier.push(typedAt('1', [0])[0]!)
    expect(classifier.looksLikeScan()).toBe(false)
  })

  it('a lone Enter, an arrow key or an auto-repeated key ends a burst as typing', () => {
    expect(typing(classifyKeyBursts(typedAt('⏎', [0]), defaults))).toEqual(['too-short'])
    const arrow: TimedKey[] = [...typedAt('12', [0, 20]), { code: 'ArrowLeft', shift: false, atMs: 40 }]
    expect(classifyKeyBursts(arrow, defaults)).toMatchObject([{ kind: 'typing', reason: 'other-key', keys: arrow }])
    const held: TimedKey[] = [...typedAt('1', [0]), { ...typedAt('1', [30])[0]!, repeat: true }, ...typedAt('⏎', [60])]
    expect(typing(classifyKeyBursts(held, defaults))).toEqual(['auto-repeat', 'too-short'])
  })

  it('a flood of fast keys without Enter is cut into typing, and the next scan still reads', () => {
    const flood = typedAt('7'.repeat(20_000), every(1, 20_000))
    const outcomes = classifyKeyBursts([...flood, ...typedAt('12345⏎', every(40, 6, 30_000))], defaults)
    // The flood's last partial burst is given up when the reader falls silent.
    expect(new Set(typing(outcomes))).toEqual(new Set(['too-long', 'no-terminator']))
    expect(outcomes.filter((outcome) => outcome.kind === 'typing').length).toBeGreaterThan(300)
    expect(scans(outcomes)).toEqual(['12345'])
  })

  it('two scans back to back read as two', () => {
    const keys = [...typedAt('12345⏎', every(40, 6)), ...typedAt('67890⏎', every(40, 6, 600))]
    expect(scans(classifyKeyBursts(keys, defaults))).toEqual(['12345', '67890'])
  })
})
