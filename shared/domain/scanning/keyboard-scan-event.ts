import type { ReaderOutputFormat, ScanEvent } from '../../schemas/scan'
import { decodeReaderValue } from './reader-value'
import type { ScanDecodeResult } from './scan-decode-result'

/** Key events carry no device, so every keyboard-type reader is this one reader in scan events. */
export const keyboardReaderId = 'keyboard'

/**
 * A keyboard-wedge scan as the one scan event, whichever side read it (Electron's main process or
 * the renderer). The keyboard setting's format reads the readers' cards; a value it does not read
 * (an invite code or a pass address from a barcode scanner on the same keyboard path) is still a
 * scan, as a code, with nothing to check parity on. Only a value no code can be is refused.
 */
export function keyboardScanEvent(value: string, format: ReaderOutputFormat, at: Date): ScanDecodeResult<ScanEvent> {
  const read = decodeReaderValue(value, format)
  const fields = read.ok ? read : decodeReaderValue(value, { kind: 'text' })
  if (!fields.ok) return fields
  return { ok: true, value: { source: 'keyboard', readerId: keyboardReaderId, ...fields.value, at: at.toISOString() } }
}
