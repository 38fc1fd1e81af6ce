import { onBeforeUnmount, onMounted, watch } from 'vue'
import { useKioskClient } from '@renderer/api/kiosk-client-plugin'
import { dispatchScan } from './scan-handlers'
import { useKeyboardWedge } from './use-keyboard-wedge'

/**
 * Every scan the app takes, by either path, goes to the mounted screen's handler: the renderer's own
 * keyboard wedge, and `scanner.scan` from main (HID readers, and keyboard readers in Electron). Main is
 * told whether the screen shown takes scans, so it never swallows keys meant for a PIN pad or set-up form.
 */
export function useScans(takesScans: () => boolean): void {
  const kiosk = useKioskClient()
  let unsubscribe: (() => void) | undefined

  useKeyboardWedge({ enabled: takesScans, onScan: dispatchScan })
  onMounted(() => {
    unsubscribe = kiosk.subscribe('scanner.scan', (scan) => {
      if (takesScans()) dispatchScan(scan)
    })
  })
  onBeforeUnmount(() => unsubscribe?.())

  // Not told (main unreachable), main keeps its last answer; the next change of screen says it again.
  watch(takesScans, (enabled) => void kiosk.scanners.setKeyboardCapture({ enabled }).catch(() => undefined), { immediate: true })
}
