/** The fields of Electron's `Input` this filter reads. */
export interface KeyInput {
  type: string
  key: string
  control: boolean
  meta: boolean
  shift: boolean
  alt: boolean
}

/**
 * Shortcuts a visitor could use to leave or break the kiosk page in a packaged build: reload,
 * DevTools, zoom, print, close and view-source. Development builds keep them for debugging.
 */
export function isBlockedShortcut(input: KeyInput, isPackaged: boolean): boolean {
  if (!isPackaged || input.type !== 'keyDown') return false
  const key = input.key.toLowerCase()
  if (key === 'f5' || key === 'f12' || key === 'f11') return true
  const command = input.control || input.meta
  if (!command) return false
  if (['r', 'w', 'p', 'u', '+', '-', '=', '0'].includes(key)) return true
  return input.shift && ['i', 'j', 'c'].includes(key)
}
