import { describe, expect, it } from 'vitest'
import { cardFormatLimits, wiegandUid } from '../../electron/kisi-sandbox/card-formats'

/** Frames from research/hid.md §4.6 (W1–W9 without the corrupted W3), computed there and checked against Proxmark3. */
describe('sandbox card formats', () => {
  it('encodes HID H10301 frames (even parity, facility, number, odd parity)', () => {
    expect(wiegandUid('third_party_lf_hid_h10301', 42, 12345)).toBe('2546073')
    expect(wiegandUid('third_party_lf_hid_h10301', 10, 1188)).toBe('0140949')
    expect(wiegandUid('third_party_lf_hid_h10301', 0, 0)).toBe('0000001')
    expect(wiegandUid('third_party_lf_hid_h10301', 255, 65535)).toBe('1ffffff')
  })

  it('encodes Corporate 1000 frames, whose first parity bit covers the two others', () => {
    expect(wiegandUid('third_party_lf_hid_corporate1000_35', 1000, 123456)).toBe('07d03c481')
    expect(wiegandUid('third_party_lf_hid_corporate1000_35', 1, 1)).toBe('600200003')
  })

  it('encodes H10304 frames, whose parity ranges share bit 19', () => {
    expect(wiegandUid('third_party_lf_hid_h10304', 12345, 123456)).toBe('030393c481')
    expect(wiegandUid('third_party_lf_hid_h10304', 1, 1)).toBe('1000100002')
  })

  it('knows each format’s largest facility code and card number', () => {
    expect(cardFormatLimits('third_party_lf_hid_h10301')).toEqual({ facilityCode: 255, cardNumber: 65_535 })
    expect(cardFormatLimits('third_party_lf_hid_corporate1000_35')).toEqual({ facilityCode: 4095, cardNumber: 1_048_575 })
    expect(cardFormatLimits('third_party_lf_hid_h10304')).toEqual({ facilityCode: 65_535, cardNumber: 524_287 })
  })
})
