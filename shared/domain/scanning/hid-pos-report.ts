import { decoded, undecodable, type ScanDecodeResult } from './scan-decode-result'

/** One HID POS barcode report (usage page 0x8C), or the whole barcode once its last report is in. */
export interface HidPosBarcode {
  value: string
  /** The AIM symbology identifier (`]E0`), or null when the scanner sends none. */
  aim: string | null
  symbology: string | null
  /** More reports of the same barcode follow. */
  more: boolean
}

const scannedDataReportId = 0x02
/** Offsets as node-hid gives them (report id at 0), research/hid.md §3.4. */
const lengthOffset = 1
const dataOffset = 2
const honeywellCodeIdOffset = 61
const continuedOffset = 63
const minimumReportLength = 64

/** AIM symbology letters (ISO/IEC 15424) with the modifier where it changes the symbology. */
const aimSymbologies: Record<string, string> = {
  ']E0': 'ean13',
  ']E4': 'ean8',
  ']Q': 'qr-code',
  ']d': 'data-matrix',
  ']C': 'code128',
  ']A': 'code39',
  ']G': 'code93',
  ']F': 'codabar',
  ']I': 'interleaved-2-of-5',
  ']L': 'pdf417',
  ']z': 'aztec-code',
  ']e': 'gs1-databar',
}
/** Honeywell's own code ids, for scanners that send no AIM id. */
const honeywellSymbologies: Record<number, string> = { 0x64: 'ean13', 0x44: 'ean8', 0x63: 'upca', 0x6a: 'code128', 0x62: 'code39', 0x73: 'qr-code', 0x77: 'data-matrix' }

/**
 * Reads one scanned-data report: report id 2, the data length, an optional 3-character AIM id,
 * then the data. The layout is vendor-specific; this one is Honeywell's, Zebra's and Datalogic's as
 * WebHidBarcodeScanner parses them, not yet checked on hardware.
 */
export function parseHidPosReport(bytes: Uint8Array): ScanDecodeResult<HidPosBarcode> {
  if (bytes.length < minimumReportLength) return undecodable('report-too-short', `A HID POS report has ${minimumReportLength} bytes; this one has ${bytes.length}.`)
  if (bytes[0] !== scannedDataReportId) return undecodable('not-hid-pos', `Report id ${bytes[0]} is not a scanned-data report (${scannedDataReportId}).`)
  const length = bytes[lengthOffset] ?? 0
  const hasAim = bytes[dataOffset] === 0x5d
  const start = hasAim ? dataOffset + 3 : dataOffset
  if (start + length > honeywellCodeIdOffset) return undecodable('out-of-range', `The report claims ${length} data bytes; at most ${honeywellCodeIdOffset - start} fit.`)
  const aim = hasAim ? latin1(bytes.subarray(dataOffset, dataOffset + 3)) : null
  const value = latin1(bytes.subarray(start, start + length))
  const symbology = (aim && (aimSymbologies[aim] ?? aimSymbologies[aim.slice(0, 2)])) ?? honeywellSymbologies[bytes[honeywellCodeIdOffset] ?? 0] ?? null
  return decoded({ value, aim, symbology, more: (bytes[continuedOffset] ?? 0) !== 0 })
}

export interface HidPosAssembler {
  /** The barcode once its last report is in, null while more are due, or the problem with a report. */
  push(bytes: Uint8Array): ScanDecodeResult<HidPosBarcode | null>
  /** Drops a barcode whose last report never came, so it is not joined to the next one. */
  expire(): ScanDecodeResult<never>[]
}

/** Joins a long barcode (a QR code) sent over several reports; a flood of "more" reports is cut off. */
export function createHidPosAssembler(maxLength: number): HidPosAssembler {
  let parts = ''
  return {
    push(bytes) {
      const report = parseHidPosReport(bytes)
      if (!report.ok) {
        parts = ''
        return report
      }
      parts += report.value.value
      if (parts.length > maxLength) {
        parts = ''
        return undecodable('line-too-long', `A barcode longer than ${maxLength} characters was dropped.`)
      }
      if (report.value.more) return decoded(null)
      const barcode = { ...report.value, value: parts }
      parts = ''
      return decoded(barcode)
    },
    expire() {
      if (parts === '') return []
      parts = ''
      return [undecodable('line-dropped-idle', 'A barcode whose last report never came was dropped.')]
    },
  }
}

/** Barcode data is bytes; invite codes and pass links are ASCII, which Latin-1 reads exactly. */
function latin1(bytes: Uint8Array): string {
  return String.fromCharCode(...bytes)
}
