import type { HidReaderActivity } from '../../services/scanners/hid-reader-activity'
import type { HidReaders } from '../../services/scanners/hid-readers'
import type { KeyboardCapture } from '../../services/scanners/keyboard-capture'
import type { CallHandlers } from '../call-dispatcher'
import { audited, type AuditContext } from './audited'

type ScannerCallName = Extract<keyof CallHandlers, `scanners.${string}`>

export interface ScannerServices {
  readers: HidReaders
  activity: HidReaderActivity
  keyboard: KeyboardCapture
}

export function createScannerHandlers({ readers, activity, keyboard }: ScannerServices, context: AuditContext): Pick<CallHandlers, ScannerCallName> {
  const labelOf = (readerId: string): string => readers.status().find((reader) => reader.readerId === readerId)?.label ?? readerId
  return {
    'scanners.hidDevices': () => readers.devices(),
    'scanners.chooseHidReader': ({ readerId }) =>
      audited(context, 'choose a badge reader', () => readers.choose(readerId), { detail: () => `${labelOf(readerId)} (${readerId})` }),
    'scanners.forgetHidReader': ({ readerId }) => {
      const label = labelOf(readerId)
      return audited(context, 'forget a badge reader', () => readers.forget(readerId), { detail: () => `${label} (${readerId})` })
    },
    'scanners.setHidReaderDecoding': ({ readerId, decoding }) =>
      audited(context, 'set how a badge reader is read', () => readers.setDecoding(readerId, decoding), {
        detail: () => `${labelOf(readerId)} (${readerId}): ${decoding.output.format.kind}`,
      }),
    'scanners.hidReaders': () => readers.status(),
    'scanners.readerActivity': () => activity.list(readers.status().map((reader) => reader.readerId)),
    'scanners.keyboardReading': () => keyboard.reading(),
    'scanners.setKeyboardReading': ({ setting }) =>
      audited(context, 'set how keyboard-type readers are read', () => keyboard.setReading(setting), { detail: () => setting.format.kind }),
    'scanners.setKeyboardCapture': ({ enabled, takes }) => keyboard.setCapture(enabled, takes),
  }
}
