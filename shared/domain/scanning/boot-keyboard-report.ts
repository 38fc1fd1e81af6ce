import { decoded, undecodable, type ScanDecodeResult } from './scan-decode-result'

const modifierNames = ['leftCtrl', 'leftShift', 'leftAlt', 'leftGui', 'rightCtrl', 'rightShift', 'rightAlt', 'rightGui'] as const
export type KeyboardModifier = (typeof modifierNames)[number]

/** One boot-protocol keyboard report (HID 1.11 Appendix B.1): the keys down at this moment. */
export interface BootKeyboardReport {
  modifiers: KeyboardModifier[]
  shift: boolean
  /** Usages of the keys down, in array order; empty slots and the error codes 0x01–0x03 left out. */
  keys: number[]
  /** More keys down than the report holds: every slot says ErrorRollOver, and the report says nothing else. */
  phantom: boolean
}

const bootReportLength = 8
const errorRollOver = 0x01
const highestErrorUsage = 0x03

/**
 * Reads one report as node-hid hands it over. With numbered reports byte 0 is the report id, which
 * must be the configured one; what is left must be exactly the 8 boot bytes, so a report read with
 * the wrong id setting is refused rather than decoded one byte off.
 */
export function parseBootKeyboardReport(bytes: Uint8Array, reportId: number | null): ScanDecodeResult<BootKeyboardReport> {
  let body = bytes
  if (reportId !== null) {
    if (bytes.length === 0 || bytes[0] !== reportId) {
      return undecodable('report-id-mismatch', `Keyboard report id ${bytes[0] ?? 'missing'} is not the configured ${reportId}.`)
    }
    body = bytes.subarray(1)
  }
  if (body.length !== bootReportLength) {
    return undecodable('report-too-short', `A boot keyboard report has ${bootReportLength} bytes after its id; this one has ${body.length}.`)
  }
  const modifierByte = body[0] ?? 0
  const slots = [...body.subarray(2)]
  const modifiers = modifierNames.filter((_, bit) => (modifierByte & (1 << bit)) !== 0)
  return decoded({
    modifiers,
    shift: modifiers.includes('leftShift') || modifiers.includes('rightShift'),
    keys: slots.filter((usage) => usage > highestErrorUsage),
    phantom: slots.every((usage) => usage === errorRollOver),
  })
}
