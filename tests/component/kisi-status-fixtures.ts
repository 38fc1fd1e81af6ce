import type { KisiStatus } from '@shared/ipc/kisi-calls'

/** A kiosk that has never been connected to Kisi. */
export const notConnectedStatus: KisiStatus = {
  state: 'not-connected',
  organisationName: null,
  connectedAs: null,
  baseUrl: 'https://api.kisi.io',
  accessLinkBaseUrl: 'https://web.kisi.io/grouplinks/',
  demo: false,
  place: null,
  inAppUnlock: true,
  pendingWrites: 0,
}

/** Connected to the demo organisation with its place chosen. */
export const connectedStatus: KisiStatus = {
  ...notConnectedStatus,
  state: 'connected',
  organisationName: 'Demo Organization',
  connectedAs: 'admin@demo.example',
  place: { id: 3, name: 'Demo HQ' },
}
