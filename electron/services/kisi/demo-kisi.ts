import type { KisiSandbox } from '../../kisi-sandbox/kisi-sandbox'
import type { DemoKisi } from './kisi-setup'

/**
 * "Try with demo data": the Kisi sandbox in this process, on 127.0.0.1, loaded only when asked
 * for, so a kiosk connected to the real Kisi never starts it.
 */
export function createDemoKisi(): DemoKisi {
  let running: KisiSandbox | null = null
  return {
    start: async () => {
      const { startKisiSandbox } = await import('../../kisi-sandbox/kisi-sandbox')
      running = await startKisiSandbox()
      return { baseUrl: running.url, apiKey: running.apiKey, accessLinkBaseUrl: running.accessLinkBaseUrl }
    },
    stop: async () => {
      await running?.close()
      running = null
    },
  }
}
