/** The fields of Electron's `Input` this filter reads. */
export interface KeyInput {
  type: string
  key: string
  control: boolean
  meta: boolean
  shift: boolean
  alt: boolean
}

export interface LockdownState {
  /** Packaged builds drop the debugging shortcuts; development builds keep them. */
  isPackaged: boolean
  /** In kiosk mode nothing at the keyboard may leave, close or hide the kiosk, in any build. */
  kioskMode: boolean
}

/** Reload, DevTools, zoom, print, close and view-source: a visitor could break the page with them. */
function isDebugShortcut(input: KeyInput, key: string): boolean {
  if (key === 'f5' || key === 'f12' || key === 'f11') return true
  const command = input.control || input.meta
  if (!command) return false
  if (['r', 'w', 'p', 'u', '+', '-', '=', '0'].includes(key)) return true
  return input.shift && ['i', 'j', 'c'].includes(key)
}

/** Back and forward through the page's history (Alt+Left/Right, the browser keys, Cmd+[ and Cmd+]). */
function isHistoryShortcut(input: KeyInput, key: string): boolean {
  if (key === 'browserback' || key === 'browserforward') return true
  if (input.alt && (key === 'arrowleft' || key === 'arrowright')) return true
  return input.meta && (key === '[' || key === ']')
}

/** Closing, quitting, hiding, minimising and leaving full screen (Alt+F4, Ctrl/Cmd+Q, Ctrl/Cmd+W, Cmd+H, Ctrl/Cmd+M, F11, Ctrl+Cmd+F). */
function isLeavingShortcut(input: KeyInput, key: string): boolean {
  if (key === 'f11' || (input.alt && key === 'f4')) return true
  const command = input.control || input.meta
  if (command && ['q', 'w', 'm'].includes(key)) return true
  return input.meta && (key === 'h' || (input.control && key === 'f'))
}

/**
 * Whether the kiosk window swallows this key before the page (and any menu accelerator) sees it.
 * Closing the window by other means is refused separately (see close-decision.ts): some window
 * managers act on Alt+F4 before the window hears the key.
 */
export function isBlockedShortcut(input: KeyInput, { isPackaged, kioskMode }: LockdownState): boolean {
  if (input.type !== 'keyDown') return false
  const key = input.key.toLowerCase()
  if (isPackaged && (isDebugShortcut(input, key) || isHistoryShortcut(input, key))) return true
  return kioskMode && (isLeavingShortcut(input, key) || isHistoryShortcut(input, key))
}
