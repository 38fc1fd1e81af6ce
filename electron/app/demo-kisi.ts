import type { KisiSandbox } from '../kisi-sandbox/kisi-sandbox'
import type { Logger } from '../services/ports'
import type { DemoKisi } from '../services/kisi/kisi-setup'

/**
 * "Try with demo data": the Kisi sandbox in this process, on 127.0.0.1, loaded only when asked
 * for, so a kiosk connected to the real Kisi never starts it. It runs without the sandbox's control
 * routes, so nothing that reaches 127.0.0.1 (a web page, another program) can switch faults on
 * under a running kiosk.
 */
export function createDemoKisi(logger: Logger): DemoKisi {
  let running: KisiSandbox | null = null
  return {
    start: async () => {
      const { startKisiSandbox } = await import('../kisi-sandbox/kisi-sandbox')
      running = await startKisiSandbox({ logger })
      return { baseUrl: running.url, apiKey: running.apiKey, accessLinkBaseUrl: running.accessLinkBaseUrl }
    },
    stop: async () => {
      await running?.close()
      running = null
    },
  }
}
