import { onBeforeUnmount, onMounted, shallowReactive } from 'vue'
import type { ScanTakes } from '@shared/schemas/keyboard-reading'
import type { ScanEvent } from '@shared/schemas/scan'

/**
 * A screen's use for a scan, whichever path it came by (the renderer's keyboard wedge, or `scanner.scan`
 * from main); false when it is none of this screen's business, so the wedge gives its keys back as typing.
 */
export type ScanHandler = (scan: ScanEvent) => boolean

interface MountedHandler {
  handler: ScanHandler
  takes: ScanTakes
}

/** The screens that take scans, the newest mounted first; reactive, so main hears when it changes. */
const mounted = shallowReactive<MountedHandler[]>([])

/**
 * Lets the mounted screen take scans while it is shown. `takes` says what it has a use for, so that
 * where main reads the keys (Electron) and cannot give them back, a burst the screen would refuse
 * stays typing (a barcode into a search field) instead of being taken and dropped.
 */
export function useScanHandler(handler: ScanHandler, takes: ScanTakes): void {
  const entry = { handler, takes }
  onMounted(() => mounted.unshift(entry))
  onBeforeUnmount(() => {
    const index = mounted.indexOf(entry)
    if (index >= 0) mounted.splice(index, 1)
  })
}

/** Offers a scan to the mounted screens, newest first; true when one of them took it. */
export function dispatchScan(scan: ScanEvent): boolean {
  return mounted.some(({ handler }) => handler(scan))
}

/** What the newest mounted screen takes; null while no screen takes scans (a form, a PIN pad). */
export function shownScreenTakes(): ScanTakes | null {
  return mounted[0]?.takes ?? null
}
