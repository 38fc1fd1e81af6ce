import { describe, expect, it, vi } from 'vitest'
import { EventBus } from '../../../electron/ipc/event-bus'

describe('EventBus', () => {
  it('delivers checked payloads to every subscriber until it unsubscribes', () => {
    const bus = new EventBus()
    const first = vi.fn()
    const second = vi.fn()
    const stopFirst = bus.subscribe(first)
    bus.subscribe(second)
    bus.emit('staff.sessionEnded', { reason: 'locked' })
    stopFirst()
    bus.emit('staff.sessionEnded', { reason: 'expired' })
    expect(first.mock.calls).toEqual([['staff.sessionEnded', { reason: 'locked' }]])
    expect(second).toHaveBeenCalledTimes(2)
  })

  it('refuses a payload outside the contract before any transport sees it', () => {
    const bus = new EventBus()
    const listener = vi.fn()
    bus.subscribe(listener)
    expect(() => bus.emit('staff.sessionEnded', { reason: 'kicked' } as never)).toThrow()
    expect(listener).not.toHaveBeenCalled()
  })
})
