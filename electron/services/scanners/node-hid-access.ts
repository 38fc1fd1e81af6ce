import type { HidAccess } from './hid-access'

/**
 * node-hid for the kiosk, loaded on first use rather than at start: a kiosk without a chosen reader
 * never touches it, and where its native binding cannot load, the kiosk still runs and the console
 * shows the load failure as the readers' problem.
 */
export function createNodeHidAccess(): HidAccess {
  let loading: Promise<HidAccess> | null = null
  const load = (): Promise<HidAccess> => (loading ??= import('node-hid'))
  return {
    devicesAsync: async () => (await load()).devicesAsync(),
    HIDAsync: { open: async (path) => (await load()).HIDAsync.open(path) },
  }
}
