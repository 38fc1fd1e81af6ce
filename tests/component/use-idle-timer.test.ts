import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope, ref } from 'vue'
import { useIdleTimer } from '@renderer/composables/use-idle-timer'

describe('useIdleTimer', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  function start(enabled = ref(true), timeoutMs = ref(60_000)) {
    const onIdle = vi.fn()
    const target = new EventTarget()
    const scope = effectScope()
    scope.run(() => useIdleTimer({ timeoutMs, enabled, onIdle, target: target as unknown as Window }))
    return { onIdle, target, scope, enabled, timeoutMs }
  }

  it('fires once after the timeout without activity', () => {
    const { onIdle } = start()
    vi.advanceTimersByTime(59_999)
    expect(onIdle).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(onIdle).toHaveBeenCalledTimes(1)
    vi.advanceTimersByTime(300_000)
    expect(onIdle).toHaveBeenCalledTimes(1)
  })

  it.each(['pointerdown', 'keydown', 'wheel', 'input'])('starts over on %s', (name) => {
    const { onIdle, target } = start()
    vi.advanceTimersByTime(50_000)
    target.dispatchEvent(new Event(name))
    vi.advanceTimersByTime(50_000)
    expect(onIdle).not.toHaveBeenCalled()
    vi.advanceTimersByTime(10_000)
    expect(onIdle).toHaveBeenCalledTimes(1)
  })

  it('does nothing while disabled, and follows a changed timeout', async () => {
    const { onIdle, enabled, timeoutMs } = start(ref(false))
    vi.advanceTimersByTime(120_000)
    expect(onIdle).not.toHaveBeenCalled()
    timeoutMs.value = 10_000
    enabled.value = true
    await Promise.resolve()
    vi.advanceTimersByTime(10_000)
    expect(onIdle).toHaveBeenCalledTimes(1)
  })

  it('stops listening when its scope ends', () => {
    const { onIdle, scope } = start()
    scope.stop()
    vi.advanceTimersByTime(120_000)
    expect(onIdle).not.toHaveBeenCalled()
  })
})
