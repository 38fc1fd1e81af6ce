import { onBeforeUnmount, onMounted } from 'vue'
import type { ScanEvent } from '@shared/schemas/scan'

/**
 * A screen's use for a scan, whichever path it came by (the renderer's keyboard wedge, or `scanner.scan`
 * from main); false when it is none of this screen's business, so the wedge gives its keys back as typing.
 */
export type ScanHandler = (scan: ScanEvent) => boolean

/** The screens that take scans, the newest mounted first. */
const scanHandlers: ScanHandler[] = []

/** Lets the mounted screen take scans while it is shown. */
export function useScanHandler(handler: ScanHandler): void {
  onMounted(() => scanHandlers.unshift(handler))
  onBeforeUnmount(() => {
    const index = scanHandlers.indexOf(handler)
    if (index >= 0) scanHandlers.splice(index, 1)
  })
}

/** Offers a scan to the mounted screens, newest first; true when one of them took it. */
export function dispatchScan(scan: ScanEvent): boolean {
  return scanHandlers.some((handler) => handler(scan))
}
