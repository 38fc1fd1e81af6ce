import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope, ref } from 'vue'
import { useConsoleIdleLock } from '@renderer/composables/use-console-idle-lock'

describe('useConsoleIdleLock', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  function start(idleMinutes = ref(10)) {
    const onIdle = vi.fn()
    const keepAlive = vi.fn(() => Promise.resolve())
    const target = new EventTarget()
    const scope = effectScope()
    scope.run(() => useConsoleIdleLock({ idleMinutes, onIdle, keepAlive, target: target as unknown as Window }))
    return { onIdle, keepAlive, target, scope, idleMinutes }
  }

  it('locks after the staff idle minutes, not after the visitor screens’ minute', () => {
    const { onIdle } = start()
    vi.advanceTimersByTime(61_000)
    expect(onIdle).not.toHaveBeenCalled()
    vi.advanceTimersByTime(10 * 60_000 - 61_000)
    expect(onIdle).toHaveBeenCalledTimes(1)
  })

  it('starts over with use and follows a changed setting', async () => {
    const { onIdle, target, idleMinutes } = start()
    vi.advanceTimersByTime(9 * 60_000)
    target.dispatchEvent(new Event('keydown'))
    vi.advanceTimersByTime(9 * 60_000)
    expect(onIdle).not.toHaveBeenCalled()
    idleMinutes.value = 2
    await Promise.resolve()
    vi.advanceTimersByTime(2 * 60_000)
    expect(onIdle).toHaveBeenCalledTimes(1)
  })

  it('tells main about use at most once a tenth of the period, and once more after the last use', () => {
    const { keepAlive, target } = start()
    target.dispatchEvent(new Event('pointerdown'))
    expect(keepAlive).toHaveBeenCalledTimes(1)
    for (let second = 0; second < 50; second += 1) {
      vi.advanceTimersByTime(1_000)
      target.dispatchEvent(new Event('input'))
    }
    expect(keepAlive).toHaveBeenCalledTimes(1)
    vi.advanceTimersByTime(10_000)
    expect(keepAlive).toHaveBeenCalledTimes(2)
    vi.advanceTimersByTime(10 * 60_000)
    expect(keepAlive).toHaveBeenCalledTimes(2)
  })

  it('stops when its scope ends', () => {
    const { onIdle, keepAlive, target, scope } = start()
    target.dispatchEvent(new Event('keydown'))
    target.dispatchEvent(new Event('keydown'))
    scope.stop()
    vi.advanceTimersByTime(20 * 60_000)
    expect(onIdle).not.toHaveBeenCalled()
    expect(keepAlive).toHaveBeenCalledTimes(1)
  })
})
