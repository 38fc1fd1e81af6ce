import { onBeforeUnmount, onMounted, watch } from 'vue'
import { useKioskClient } from '@renderer/api/kiosk-client-plugin'
import { scanRepeatWindowMs } from '@shared/domain/scanning/scan-repeat-filter'
import type { ScanTakes } from '@shared/schemas/keyboard-reading'
import type { ScanEvent } from '@shared/schemas/scan'
import { dispatchScan } from './scan-handlers'
import { useKeyboardWedge } from './use-keyboard-wedge'

/**
 * Every scan the app takes, by either path, goes to the mounted screen's handler: the renderer's own
 * keyboard wedge, and `scanner.scan` from main (HID readers, and keyboard readers in Electron). Main is
 * told whether the screen shown takes scans, and which (null: none), so it never swallows keys meant
 * for a PIN pad or set-up form, nor a fast burst on a console page that is no badge.
 */
export function useScans(screenTakes: () => ScanTakes | null): void {
  const kiosk = useKioskClient()
  const takesScans = (): boolean => screenTakes() !== null
  let unsubscribe: (() => void) | undefined
  // On Linux a reader that types can also be chosen over hidraw, and the OS still types its keys:
  // one card then comes by both paths. What a screen took is not acted on again within the repeat window.
  let lastTaken: { raw: string; atMs: number } | null = null
  const offer = (scan: ScanEvent): boolean => {
    const atMs = performance.now()
    if (lastTaken?.raw === scan.raw && atMs - lastTaken.atMs < scanRepeatWindowMs) return true
    if (!dispatchScan(scan)) return false
    lastTaken = { raw: scan.raw, atMs }
    return true
  }

  useKeyboardWedge({ enabled: takesScans, onScan: offer })
  onMounted(() => {
    unsubscribe = kiosk.subscribe('scanner.scan', (scan) => {
      if (takesScans()) offer(scan)
    })
  })
  onBeforeUnmount(() => unsubscribe?.())

  // Not told (main unreachable), main keeps its last answer; the next change of screen says it again.
  watch(
    screenTakes,
    (takes) => void kiosk.scanners.setKeyboardCapture({ enabled: takes !== null, takes: takes ?? 'anything' }).catch(() => undefined),
    { immediate: true },
  )
}
