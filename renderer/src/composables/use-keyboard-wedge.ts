import { onBeforeUnmount, onMounted, watch } from 'vue'
import { keyboardScanEvent } from '@shared/domain/scanning/keyboard-scan-event'
import { defaultKeyboardReading, type KeyboardReadingAnswer } from '@shared/schemas/keyboard-reading'
import type { ReaderOutputSetting, ScanEvent } from '@shared/schemas/scan'
import { useKioskClient } from '@renderer/api/kiosk-client-plugin'
import { attachKeyboardWedge } from './keyboard-wedge'

export interface KeyboardWedgeUse {
  /** Whether the screen shown takes scans; while not, every key goes where it was typed. */
  enabled: () => boolean
  /** Takes a decoded scan; false gives its keys back as typing. */
  onScan: (scan: ScanEvent) => boolean
}

/**
 * Reads keyboard-wedge scans on the document where main says the renderer is the one to (the browser
 * host), framed, timed and decoded as the kiosk's keyboard reading says. The reading is asked again
 * whenever a screen that takes scans comes up, so a change made on the reader set-up page holds at once.
 */
export function useKeyboardWedge({ enabled, onScan }: KeyboardWedgeUse): void {
  const kiosk = useKioskClient()
  let detach: (() => void) | undefined
  let attachedWith: string | null = null
  let mounted = false

  function attach(setting: ReaderOutputSetting): () => void {
    return attachKeyboardWedge(document, {
      burst: { timing: setting.timing, framing: setting.framing },
      enabled,
      onScan: (value) => {
        const scan = keyboardScanEvent(value, setting.format, new Date())
        // Nothing a screen could use (control characters): the keys were typing after all.
        return scan.ok && onScan(scan.value)
      },
    })
  }

  function apply({ setting, capturedIn }: KeyboardReadingAnswer): void {
    const wanted = capturedIn === 'renderer' ? JSON.stringify(setting) : null
    if (wanted === attachedWith) return
    detach?.()
    detach = capturedIn === 'renderer' ? attach(setting) : undefined
    attachedWith = wanted
  }

  async function follow(): Promise<void> {
    // Main unreachable: the wedge reads on as it did; the connection notice says the rest.
    const reading = await kiosk.scanners.keyboardReading().catch(() => null)
    if (reading && mounted) apply(reading)
  }

  onMounted(() => {
    mounted = true
    // Until main answers, the default reading: a scan in the first moments after the page loads would
    // otherwise lose its first keys and leave a tail that reads as another value. Where main captures
    // instead, it swallows a scan's keys before they reach the page, so nothing is read twice.
    apply({ setting: defaultKeyboardReading(), capturedIn: 'renderer' })
    void follow()
  })
  watch(enabled, (isEnabled) => {
    if (isEnabled) void follow()
  })
  onBeforeUnmount(() => {
    mounted = false
    detach?.()
  })
}
