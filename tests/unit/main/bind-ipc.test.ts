import { describe, expect, it, vi } from 'vitest'
import { callChannel, callNames, eventChannel } from '@shared/ipc/contract'
import { success } from '@shared/ipc/result'
import { bindIpc } from '../../../electron/main/bind-ipc'
import { EventBus } from '../../../electron/ipc/event-bus'
import { silentLogger } from '../../../electron/services/ports'
import { FakeWebContents } from '../../fixtures/fake-web-contents'

type Handler = (event: unknown, payload: unknown) => Promise<unknown>

function setUp(staffSession = false) {
  const handlers = new Map<string, Handler>()
  const kiosk = new FakeWebContents()
  const dispatch = vi.fn(async (name: string, payload: unknown) => success({ name, payload }))
  const events = new EventBus()
  bindIpc({
    ipcMain: { handle: (channel: string, handler: Handler) => void handlers.set(channel, handler) } as never,
    dispatch,
    events,
    kioskContents: () => kiosk.asWebContents(),
    mayReceive: (event) => staffSession || event === 'staff.sessionEnded' || event === 'kiosk.statusChanged',
    allowedOrigins: ['app://frontdesk'],
    logger: silentLogger,
  })
  const invoke = (name: string, sender: unknown, url: string, payload: unknown = {}) =>
    handlers.get(callChannel(name as never))?.({ sender, senderFrame: { url, parent: null } }, payload)
  return { handlers, kiosk, dispatch, events, invoke }
}

describe('bindIpc', () => {
  it('registers exactly one handler per contract call', () => {
    const { handlers } = setUp()
    expect([...handlers.keys()].sort()).toEqual(callNames.map(callChannel).sort())
  })

  it('passes a trusted call and its raw payload to the dispatcher', async () => {
    const { kiosk, dispatch, invoke } = setUp()
    const answer = await invoke('staff.unlock', kiosk, 'app://frontdesk/index.html', { pin: '1234' })
    expect(dispatch).toHaveBeenCalledWith('staff.unlock', { pin: '1234' })
    expect(answer).toEqual(success({ name: 'staff.unlock', payload: { pin: '1234' } }))
  })

  it('refuses another sender or origin without reaching the dispatcher', async () => {
    const { kiosk, dispatch, invoke } = setUp()
    const fromElsewhere = await invoke('staff.unlock', kiosk, 'https://evil.example/', { pin: '1234' })
    const fromOtherWindow = await invoke('staff.unlock', new FakeWebContents(), 'app://frontdesk/index.html', { pin: '1234' })
    for (const answer of [fromElsewhere, fromOtherWindow]) {
      expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    }
    expect(dispatch).not.toHaveBeenCalled()
  })

  it('holds staff events back while no staff session is open', () => {
    const { kiosk, events } = setUp(false)
    events.emit('visits.changed', { visitId: 'v1' })
    expect(kiosk.sent).toEqual([])
    const withSession = setUp(true)
    withSession.events.emit('visits.changed', { visitId: 'v1' })
    expect(withSession.kiosk.sent).toEqual([{ channel: eventChannel('visits.changed'), payload: { visitId: 'v1' } }])
  })

  it('forwards events to the kiosk window only, on their own channel', () => {
    const { kiosk, events } = setUp()
    events.emit('staff.sessionEnded', { reason: 'expired' })
    expect(kiosk.sent).toEqual([{ channel: eventChannel('staff.sessionEnded'), payload: { reason: 'expired' } }])
  })
})
