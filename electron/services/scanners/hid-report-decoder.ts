import { createBootKeyboardDecoder } from '@shared/domain/scanning/boot-keyboard-decoder'
import { createHidPosAssembler } from '@shared/domain/scanning/hid-pos-report'
import { decodeReaderLine, decodeReaderValue, stripFraming, type ReaderValue } from '@shared/domain/scanning/reader-value'
import type { ScanDecodeResult } from '@shared/domain/scanning/scan-decode-result'
import { hidPosUsagePage, type HidReaderDecoding } from '@shared/schemas/hid-reader'
import { maxReaderValueLength } from '@shared/schemas/reader-activity'
import type { ReaderFraming } from '@shared/schemas/scan'

/**
 * A value, or a problem; a value that did not decode keeps the line as the reader sent it, so the
 * set-up page can suggest the format it was sent in instead of losing it.
 */
export type HidDecodeResult = ScanDecodeResult<ReaderValue> & { line?: string }

/** What one report gave: finished values and problems, in the order they happened (usually none). */
export interface HidReportDecoder {
  push(bytes: Uint8Array, atMs: number): HidDecodeResult[]
  /** Drops a partial keyboard line gone idle (a reader never pauses mid-card). */
  expire(atMs: number): HidDecodeResult[]
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
        return barcode.value === null ? [] : [withLine(decodeReaderValue(barcode.value.value, output.format), barcode.value.value)]
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
  const read = (outcomes: ReturnType<typeof keyboard.push>): HidDecodeResult[] =>
    outcomes.map((outcome) =>
      outcome.kind === 'line' ? withLine(decodeReaderLine(outcome.tokens, output), lineText(outcome.tokens, output.framing)) : { ok: false, diagnostic: outcome.diagnostic },
    )
  return {
    idleTimeoutMs,
    push: (bytes, atMs) => read(keyboard.push(bytes, atMs)),
    expire: (atMs) => read(keyboard.expire(atMs)),
  }
}

function withLine(result: ScanDecodeResult<ReaderValue>, line: string): HidDecodeResult {
  return result.ok ? result : { ...result, line: line.slice(0, maxReaderValueLength) }
}

/** The characters of a typed line: its body when the framing fits, else every character key it holds. */
function lineText(tokens: readonly string[], framing: ReaderFraming): string {
  const body = stripFraming(tokens, framing)
  return body.ok ? body.value : tokens.filter((token) => token.length === 1).join('')
}
