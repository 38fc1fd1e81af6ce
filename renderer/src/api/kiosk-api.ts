import type { KioskApi } from '@shared/ipc/contract'
import { HostConnection } from './host-connection'
import { createWebHostKioskApi } from './web-host-kiosk-api'

const tokenKey = 'frontdesk.webHostToken'

/** The transport and the state of its link to main. */
export interface KioskTransport {
  api: KioskApi
  connection: HostConnection
}

/**
 * The only module that knows which transport the renderer is on: Electron's preload when present,
 * else the browser host. The host's address carries `?token=`; it is kept for this tab's reloads
 * and removed from the address bar so it is not left on screen. `null`: neither is there, and App
 * shows its help screen. Called once, by main.ts.
 */
export function connectKioskApi(): KioskTransport | null {
  const connection = new HostConnection()
  if (window.kiosk) return { api: window.kiosk, connection }
  const url = new URL(window.location.href)
  const fromUrl = url.searchParams.get('token')
  if (fromUrl) {
    sessionStorage.setItem(tokenKey, fromUrl)
    url.searchParams.delete('token')
    window.history.replaceState(window.history.state, '', url)
  }
  const token = fromUrl ?? sessionStorage.getItem(tokenKey)
  return token ? { api: createWebHostKioskApi(new URL('./', url), token, connection), connection } : null
}
