import type { KioskApi } from '@shared/ipc/contract'

declare global {
  interface Window {
    /** Present only in Electron, exposed by the preload. */
    readonly kiosk?: KioskApi
  }
  const __APP_VERSION__: string
}

export {}
