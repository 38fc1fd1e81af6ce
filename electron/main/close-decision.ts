export interface CloseSituation {
  kioskMode: boolean
  /** The app is ending on purpose: its own quit or relaunch, a signal, the session ending. */
  quitting: boolean
}

/**
 * Whether the kiosk window refuses a request to close (Alt+F4 through the window manager, the page's
 * `window.close()`, a stray click). In kiosk mode closing the window would quit the app, leaving a
 * visitor at the desktop; the way out is the manager's: switch kiosk mode off under *Settings*
 * (manager PIN), and the window closes as any other.
 */
export function refusesClose({ kioskMode, quitting }: CloseSituation): boolean {
  return kioskMode && !quitting
}
