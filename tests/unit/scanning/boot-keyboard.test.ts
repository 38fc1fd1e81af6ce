import { describe, expect, it } from 'vitest'
import { createBootKeyboardDecoder, type BootKeyboardDecoderOptions, type BootKeyboardOutcome } from '@shared/domain/scanning/boot-keyboard-decoder'
import { parseBootKeyboardReport } from '@shared/domain/scanning/boot-keyboard-report'
import { bootReport, hexReport, keysUp, pressAndRelease } from '../../fixtures/scan-input'

const defaults: BootKeyboardDecoderOptions = { reportId: null, acceptTab: false, idleTimeoutMs: 250, maxLineLength: 64 }
const [enter, tab, lShift, rShift] = [0x28, 0x2b, 0x02, 0x20]
/** Usages of the top-row digits 1–9 and 0. */
const digit = (value: number): number => (value === 0 ? 0x27 : 0x1d + value)
const digits = (text: string): Uint8Array[] => [...text].flatMap((character) => pressAndRelease(digit(Number(character))))

/** Feeds reports 40 ms apart, as a pcProx types, and returns everything the decoder said. */
function decode(reports: Uint8Array[], options: Partial<BootKeyboardDecoderOptions> = {}): BootKeyboardOutcome[] {
  const decoder = createBootKeyboardDecoder({ ...defaults, ...options })
  return reports.flatMap((report, index) => decoder.push(report, index * 20))
}
const lines = (outcomes: BootKeyboardOutcome[]): string[] => outcomes.flatMap((outcome) => (outcome.kind === 'line' ? [outcome.tokens.join('')] : []))
const problems = (outcomes: BootKeyboardOutcome[]): string[] => outcomes.flatMap((outcome) => (outcome.kind === 'problem' ? [outcome.diagnostic.problem] : []))

describe('boot keyboard reports (research/hid.md §2.6)', () => {
  it('K1: 12345 then Enter is one line, terminator Enter, nothing pending', () => {
    const outcomes = decode([...digits('12345'), ...pressAndRelease(enter)])
    expect(outcomes).toEqual([{ kind: 'line', tokens: ['1', '2', '3', '4', '5'], terminator: 'Enter', simultaneousKeys: false }])
  })

  it('K1 byte for byte as written in the research', () => {
    const reports = ['1e', '1f', '20', '21', '22', '28'].flatMap((key) => [hexReport(`00 00 ${key} 00 00 00 00 00`), hexReport('00 00 00 00 00 00 00 00')])
    expect(lines(decode(reports))).toEqual(['12345'])
  })

  it('K2: repeated digits need a release between them', () => {
    expect(lines(decode([...digits('1001'), ...pressAndRelease(enter)]))).toEqual(['1001'])
  })

  it('K2b: the same key in two reports without a release is one held key', () => {
    const reports = [...pressAndRelease(digit(1)), bootReport(0, digit(0)), bootReport(0, digit(0)), keysUp, ...pressAndRelease(digit(1)), ...pressAndRelease(enter)]
    expect(lines(decode(reports))).toEqual(['101'])
  })

  it('K3: Shift is read from the report the key first appears in, left or right', () => {
    const reports = [bootReport(lShift, 0x04), keysUp, ...pressAndRelease(digit(1)), ...pressAndRelease(0x05), bootReport(rShift, 0x06), keysUp, ...pressAndRelease(enter)]
    expect(lines(decode(reports))).toEqual(['A1bC'])
  })

  it('K3b: Shift sent in a report of its own before the key', () => {
    const reports = [bootReport(lShift), bootReport(lShift, 0x04), bootReport(lShift), keysUp, ...pressAndRelease(enter)]
    expect(lines(decode(reports))).toEqual(['A'])
  })

  it('K4: pcProx FC:CN with a zero-padded facility code', () => {
    const reports = [...digits('042'), bootReport(lShift, 0x33), keysUp, ...digits('12345'), ...pressAndRelease(enter)]
    expect(lines(decode(reports))).toEqual(['042:12345'])
  })

  it('K5: numbered reports decode with the configured report id, and are refused without it', () => {
    const numbered = [...digits('12345'), ...pressAndRelease(enter)].map((report) => Uint8Array.from([0x01, ...report]))
    expect(lines(decode(numbered, { reportId: 0x01 }))).toEqual(['12345'])
    const misread = decode(numbered)
    expect(lines(misread)).toEqual([])
    expect(new Set(problems(misread))).toEqual(new Set(['report-too-short']))
    expect(problems(decode(numbered, { reportId: 0x02 }))).toContain('report-id-mismatch')
  })

  it('K6: a phantom (rollover) report is ignored', () => {
    const reports = [bootReport(0, digit(1)), hexReport('00 00 01 01 01 01 01 01'), keysUp, ...pressAndRelease(enter)]
    expect(lines(decode(reports))).toEqual(['1'])
  })

  it('K6b: a key held through the phantom report is not pressed again', () => {
    const reports = [bootReport(0, digit(1)), hexReport('00 00 01 01 01 01 01 01'), bootReport(0, digit(1)), keysUp, ...pressAndRelease(enter)]
    expect(lines(decode(reports))).toEqual(['1'])
  })

  it('K7: keypad digits and keypad Enter', () => {
    const outcomes = decode([...pressAndRelease(0x59), ...pressAndRelease(0x5a), ...pressAndRelease(0x58)])
    expect(outcomes).toEqual([{ kind: 'line', tokens: ['1', '2'], terminator: 'Enter', simultaneousKeys: false }])
  })

  it('K8: two new keys in one report are taken in array order and flagged', () => {
    const outcomes = decode([bootReport(0, digit(1), digit(2)), keysUp, ...pressAndRelease(enter)])
    expect(outcomes).toEqual([{ kind: 'line', tokens: ['1', '2'], terminator: 'Enter', simultaneousKeys: true }])
  })

  it('K9: without a terminator nothing is emitted, and the idle timeout drops the partial line', () => {
    const decoder = createBootKeyboardDecoder(defaults)
    const outcomes = digits('12345').flatMap((report, index) => decoder.push(report, index * 20))
    expect(outcomes).toEqual([])
    expect(decoder.expire(180 + 250)).toEqual([])
    expect(decoder.expire(180 + 251).map((outcome) => outcome.kind === 'problem' && outcome.diagnostic.problem)).toEqual(['line-dropped-idle'])
    expect(lines([...decoder.push(keysUp, 1000), ...decoder.push(bootReport(0, enter), 1020)])).toEqual([''])
  })

  it('K10: Tab ends a line only when the reader is set to send it', () => {
    const reports = [...digits('12345'), ...pressAndRelease(tab)]
    expect(decode(reports, { acceptTab: true })).toEqual([{ kind: 'line', tokens: ['1', '2', '3', '4', '5'], terminator: 'Tab', simultaneousKeys: false }])
    expect(decode(reports)).toEqual([])
  })
})

describe('boot keyboard decoder, bad input', () => {
  it('refuses short, long and empty reports with a diagnostic instead of throwing', () => {
    for (const bytes of [new Uint8Array(0), hexReport('00 00 1e'), new Uint8Array(64)]) {
      const parsed = parseBootKeyboardReport(bytes, null)
      expect(parsed.ok).toBe(false)
    }
    expect(parseBootKeyboardReport(new Uint8Array(0), 1)).toMatchObject({ ok: false, diagnostic: { problem: 'report-id-mismatch' } })
  })

  it('names the modifiers held', () => {
    const parsed = parseBootKeyboardReport(bootReport(0b1010_0101, 0x04), null)
    expect(parsed).toMatchObject({ ok: true, value: { modifiers: ['leftCtrl', 'leftAlt', 'rightShift', 'rightGui'], shift: true, keys: [0x04] } })
  })

  it('a new report after a long silence drops the stale partial line first', () => {
    const decoder = createBootKeyboardDecoder(defaults)
    decoder.push(bootReport(0, digit(9)), 0)
    decoder.push(keysUp, 20)
    const outcomes = [...decoder.push(bootReport(0, digit(1)), 5_000), ...decoder.push(keysUp, 5_020), ...decoder.push(bootReport(0, enter), 5_040)]
    expect(problems(outcomes)).toEqual(['line-dropped-idle'])
    expect(lines(outcomes)).toEqual(['1'])
  })

  it('a key left down by an unplug is not held through the silence: the same key after a replug is a press', () => {
    const decoder = createBootKeyboardDecoder(defaults)
    decoder.push(bootReport(0, digit(4)), 0)
    expect(problems(decoder.expire(300))).toEqual(['line-dropped-idle'])
    const outcomes = [...decoder.push(bootReport(0, digit(4)), 9_000), ...decoder.push(keysUp, 9_020), ...decoder.push(bootReport(0, enter), 9_040)]
    expect(lines(outcomes)).toEqual(['4'])
  })

  it('a flood of keys without a line end is cut off, and the decoder keeps working', () => {
    const flood = Array.from({ length: 10_000 }, (_, index) => (index % 2 === 0 ? bootReport(0, digit(7)) : keysUp))
    const outcomes = decode([...flood, ...digits('42'), ...pressAndRelease(enter)])
    expect(problems(outcomes).every((problem) => problem === 'line-too-long')).toBe(true)
    expect(problems(outcomes).length).toBeGreaterThan(50)
    expect(lines(outcomes).at(-1)).toMatch(/42$/)
  })

  it('ignores keys that are not part of a value (Escape, Backspace) and reads F keys as framing tokens', () => {
    const reports = [...pressAndRelease(0x45), ...pressAndRelease(0x29), ...digits('12'), ...pressAndRelease(0x2a), ...pressAndRelease(enter)]
    expect(decode(reports)).toEqual([{ kind: 'line', tokens: ['F12', '1', '2'], terminator: 'Enter', simultaneousKeys: false }])
  })
})
