import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'
import { callChannel, callNames, eventChannel } from '@shared/ipc/contract'
import { createPreloadApi } from '../../../electron/preload/preload-api'

function fakeIpcRenderer() {
  const emitter = new EventEmitter()
  const invoke = vi.fn(async (channel: string, payload: unknown) => ({ ok: true, value: { channel, payload } }))
  return { emitter, ipc: { invoke, on: emitter.on.bind(emitter), removeListener: emitter.removeListener.bind(emitter) } }
}

describe('createPreloadApi', () => {
  it('exposes one named method per call and nothing of ipcRenderer', () => {
    const api = createPreloadApi(fakeIpcRenderer().ipc as never) as unknown as Record<string, Record<string, unknown>>
    for (const name of callNames) {
      const [domain, method] = name.split('.') as [string, string]
      expect(typeof api[domain]?.[method]).toBe('function')
    }
    expect(Object.keys(api).sort()).toEqual([...new Set(callNames.map((name) => name.split('.')[0]))].concat('subscribe').sort())
    expect(JSON.stringify(Object.keys(api))).not.toMatch(/invoke|send|ipc/i)
  })

  it('invokes the call on its own channel, with an empty request by default', async () => {
    const { ipc } = fakeIpcRenderer()
    const api = createPreloadApi(ipc as never)
    await api.staff.unlock({ pin: '2468' })
    await api.kiosk.status()
    expect(ipc.invoke).toHaveBeenNthCalledWith(1, callChannel('staff.unlock'), { pin: '2468' })
    expect(ipc.invoke).toHaveBeenNthCalledWith(2, callChannel('kiosk.status'), {})
  })

  it('turns a dead main process into an "unavailable" result instead of a throw', async () => {
    const { ipc } = fakeIpcRenderer()
    ipc.invoke.mockRejectedValueOnce(new Error('No handler registered'))
    expect(await createPreloadApi(ipc as never).kiosk.status()).toMatchObject({ ok: false, error: { code: 'unavailable' } })
  })

  it('hands listeners the payload only, and unsubscribes', () => {
    const { ipc, emitter } = fakeIpcRenderer()
    const api = createPreloadApi(ipc as never)
    const listener = vi.fn()
    const unsubscribe = api.subscribe('staff.sessionEnded', listener)
    emitter.emit(eventChannel('staff.sessionEnded'), { sender: 'ipc internals' }, { reason: 'expired' })
    expect(listener).toHaveBeenCalledWith({ reason: 'expired' })
    expect(listener.mock.calls[0]).toHaveLength(1)
    unsubscribe()
    emitter.emit(eventChannel('staff.sessionEnded'), {}, { reason: 'locked' })
    expect(listener).toHaveBeenCalledTimes(1)
  })

  it('refuses to subscribe to a channel outside the contract', () => {
    const api = createPreloadApi(fakeIpcRenderer().ipc as never)
    expect(() => api.subscribe('ipc.anything' as never, () => {})).toThrow(/Unknown kiosk event/)
  })
})
