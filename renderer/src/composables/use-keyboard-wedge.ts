import { onBeforeUnmount, onMounted } from 'vue'
import { keyboardTimingSchema, readerFramingSchema } from '@shared/schemas/scan'
import { attachKeyboardWedge } from './keyboard-wedge'

/** A screen's use for a scanned value; false when it is none of this screen's business. */
export type ScanHandler = (value: string) => boolean

/** The screens that take scans, the newest mounted first; a value no screen takes is given back as typing. */
const scanHandlers: ScanHandler[] = []

/** Lets the mounted screen take scans from the keyboard wedge while it is shown. */
export function useScanHandler(handler: ScanHandler): void {
  onMounted(() => scanHandlers.unshift(handler))
  onBeforeUnmount(() => {
    const index = scanHandlers.indexOf(handler)
    if (index >= 0) scanHandlers.splice(index, 1)
  })
}

/**
 * The kiosk's default wedge reading: a pcProx (~40 ms a key) and a slow barcode scanner (~80 ms) are
 * scans, a person is not. A pass's web address is longer than any card number, hence the longer limit.
 */
const wedgeBurst = {
  timing: keyboardTimingSchema.parse({ maxLength: 300 }),
  framing: readerFramingSchema.parse({}),
}

/** Reads keyboard-wedge scans on the document while the app is mounted and `enabled` says so. */
export function useKeyboardWedge(enabled: () => boolean): void {
  let detach: (() => void) | undefined
  onMounted(() => {
    detach = attachKeyboardWedge(document, {
      burst: wedgeBurst,
      enabled,
      onScan: (value) => scanHandlers.some((handler) => handler(value)),
    })
  })
  onBeforeUnmount(() => detach?.())
}
