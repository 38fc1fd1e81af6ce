import { inject, type InjectionKey, type Plugin } from 'vue'
import type { KioskClient } from './kiosk-client'

const kioskClientKey: InjectionKey<KioskClient> = Symbol('kiosk client')

/**
 * Provides the client to the whole app. It is a plain Vue `provide` rather than a Pinia plugin because
 * a Pinia plugin's additions only appear on a store after its setup function ran, while setup stores
 * need the client inside it; Pinia runs that setup in the app's context, so `inject()` works there
 * (and in components, composables and router guards) once this and Pinia are installed on the app.
 */
export function kioskClientPlugin(client: KioskClient): Plugin {
  return { install: (app) => void app.provide(kioskClientKey, client) }
}

/** The app's client; called at the top of a setup store or a component's setup. */
export function useKioskClient(): KioskClient {
  const client = inject(kioskClientKey, null)
  if (!client) throw new Error('No kiosk client: install kioskClientPlugin on the app before Pinia stores are used')
  return client
}

/** False when main.ts found no transport: App shows how to open the kiosk instead of its screens. */
export function hasKioskClient(): boolean {
  return inject(kioskClientKey, null) !== null
}
