import { describe, expect, it } from 'vitest'
import { createHidPosAssembler, parseHidPosReport } from '@shared/domain/scanning/hid-pos-report'

/** A 64-byte scanned-data report as node-hid gives it: report id 2, length, data, Honeywell code id, "more" flag. */
function posReport(data: string, { aim = ']E0' as string | null, codeId = 0x64, more = false, length = data.length } = {}): Uint8Array {
  const report = new Uint8Array(64)
  report[0] = 0x02
  report[1] = length
  const body = `${aim ?? ''}${data}`
  for (let index = 0; index < body.length; index += 1) report[2 + index] = body.charCodeAt(index)
  report[61] = codeId
  report[63] = more ? 1 : 0
  return report
}

describe('HID POS barcode reports (usage page 0x8C)', () => {
  it('S-POS1: EAN-13 3046920029759 with its AIM id, byte for byte as in research/hid.md §3.4', () => {
    const bytes = new Uint8Array(64)
    bytes.set([0x02, 0x0d, 0x5d, 0x45, 0x30, 0x33, 0x30, 0x34, 0x36, 0x39, 0x32, 0x30, 0x30, 0x32, 0x39, 0x37, 0x35, 0x39])
    bytes[61] = 0x64
    expect(parseHidPosReport(bytes)).toEqual({ ok: true, value: { value: '3046920029759', aim: ']E0', symbology: 'ean13', more: false } })
  })

  it('reads a QR code without an AIM id by the Honeywell code id', () => {
    expect(parseHidPosReport(posReport('K7PQ-4X2M', { aim: null, codeId: 0x73 }))).toEqual({
      ok: true,
      value: { value: 'K7PQ-4X2M', aim: null, symbology: 'qr-code', more: false },
    })
    expect(parseHidPosReport(posReport('K7PQ-4X2M', { aim: ']Q1', codeId: 0 }))).toMatchObject({ ok: true, value: { symbology: 'qr-code' } })
  })

  it('joins a barcode sent over several reports', () => {
    const assembler = createHidPosAssembler(512)
    expect(assembler.push(posReport('https://example.test/', { aim: ']Q1', more: true }))).toEqual({ ok: true, value: null })
    expect(assembler.push(posReport('pass/abc', { aim: ']Q1' }))).toMatchObject({ ok: true, value: { value: 'https://example.test/pass/abc', aim: ']Q1' } })
    expect(assembler.push(posReport('123'))).toMatchObject({ ok: true, value: { value: '123' } })
  })

  it('drops a barcode whose last report never came, so the next one is not joined to it', () => {
    const assembler = createHidPosAssembler(512)
    assembler.push(posReport('https://example.test/', { aim: ']Q1', more: true }))
    expect(assembler.expire()).toMatchObject([{ ok: false, diagnostic: { problem: 'line-dropped-idle' } }])
    expect(assembler.expire()).toEqual([])
    expect(assembler.push(posReport('123'))).toMatchObject({ ok: true, value: { value: '123' } })
  })

  it('refuses malformed reports with a diagnostic', () => {
    expect(parseHidPosReport(new Uint8Array(0))).toMatchObject({ ok: false, diagnostic: { problem: 'report-too-short' } })
    expect(parseHidPosReport(posReport('1').subarray(0, 40))).toMatchObject({ ok: false, diagnostic: { problem: 'report-too-short' } })
    const wrongId = posReport('1')
    wrongId[0] = 0x01
    expect(parseHidPosReport(wrongId)).toMatchObject({ ok: false, diagnostic: { problem: 'not-hid-pos' } })
    expect(parseHidPosReport(posReport('1', { length: 200 }))).toMatchObject({ ok: false, diagnostic: { problem: 'out-of-range' } })
  })

  it('a flood of "more" reports is cut off, and the next barcode reads cleanly', () => {
    const assembler = createHidPosAssembler(512)
    const answers = Array.from({ length: 1_000 }, () => assembler.push(posReport('x'.repeat(50), { more: true })))
    expect(answers.filter((answer) => !answer.ok).length).toBeGreaterThan(50)
    expect(answers.every((answer) => !answer.ok || answer.value === null)).toBe(true)
    const fresh = createHidPosAssembler(512)
    expect(fresh.push(posReport('3046920029759'))).toMatchObject({ ok: true, value: { value: '3046920029759' } })
    const bad = assembler.push(new Uint8Array(3))
    expect(bad.ok).toBe(false)
    expect(assembler.push(posReport('42'))).toMatchObject({ ok: true, value: { value: '42' } })
  })
})
