import { createBootKeyboardDecoder } from '@shared/domain/scanning/boot-keyboard-decoder'
import { createHidPosAssembler } from '@shared/domain/scanning/hid-pos-report'
import { decodeReaderLine, decodeReaderValue, type ReaderValue } from '@shared/domain/scanning/reader-value'
import type { ScanDecodeResult } from '@shared/domain/scanning/scan-decode-result'
import { hidPosUsagePage, type HidReaderDecoding } from '@shared/schemas/hid-reader'

/** What one report gave: finished values and problems, in the order they happened (usually none). */
export interface HidReportDecoder {
  push(bytes: Uint8Array, atMs: number): ScanDecodeResult<ReaderValue>[]
  /** Drops a partial keyboard line gone idle (a reader never pauses mid-card). */
  expire(atMs: number): ScanDecodeResult<ReaderValue>[]
  /** How long after a report a partial line goes idle, for the timer that calls `expire`. */
  readonly idleTimeoutMs: number
}

/** The longest barcode a HID POS scanner may send over several reports (a QR code pass link fits). */
const maxBarcodeLength = 512

/**
 * Reads one reader's reports as scans: a HID POS scanner (usage page 0x8C) reports barcodes as data,
 * anything else is read as a boot keyboard typing lines. Either way the value is then decoded by the
 * reader's output format. Keeps the reader's state between reports (held keys, a partial line).
 */
export function createHidReportDecoder(usagePage: number, decoding: HidReaderDecoding): HidReportDecoder {
  const { output, keyboardReportId } = decoding
  const idleTimeoutMs = output.timing.idleResetMs
  if (usagePage === hidPosUsagePage) {
    const assembler = createHidPosAssembler(maxBarcodeLength)
    return {
      idleTimeoutMs,
      push(bytes) {
        const barcode = assembler.push(bytes)
        if (!barcode.ok) return [barcode]
        return barcode.value === null ? [] : [decodeReaderValue(barcode.value.value, output.format)]
      },
      expire: () => assembler.expire(),
    }
  }
  const keyboard = createBootKeyboardDecoder({
    reportId: keyboardReportId,
    acceptTab: output.timing.acceptTab,
    idleTimeoutMs,
    maxLineLength: output.timing.maxLength,
  })
  const read = (outcomes: ReturnType<typeof keyboard.push>): ScanDecodeResult<ReaderValue>[] =>
    outcomes.map((outcome) => (outcome.kind === 'line' ? decodeReaderLine(outcome.tokens, output) : { ok: false, diagnostic: outcome.diagnostic }))
  return {
    idleTimeoutMs,
    push: (bytes, atMs) => read(keyboard.push(bytes, atMs)),
    expire: (atMs) => read(keyboard.expire(atMs)),
  }
}
