import type { ReaderOutputFormat } from '../../schemas/scan'
import { decodeReaderValue, type ReaderValue } from './reader-value'
import type { ScanDecodeResult } from './scan-decode-result'

/**
 * A keyboard-type reader's value, decoded by the keyboard reading's format. Every keyboard reader
 * shares that one format (a key carries no device), so a value it cannot read, an invitation code or a
 * pass's web address from a barcode scanner beside a badge reader, is still a scan: a plain code.
 */
export function decodeKeyboardValue(value: string, format: ReaderOutputFormat): ScanDecodeResult<ReaderValue> {
  const asFormatted = decodeReaderValue(value, format)
  return asFormatted.ok ? asFormatted : decodeReaderValue(value, { kind: 'text' })
}
