import { onScopeDispose, toValue, watch, type MaybeRefOrGetter } from 'vue'

export interface IdleTimerOptions {
  /** Milliseconds without input before `onIdle` runs. */
  timeoutMs: MaybeRefOrGetter<number>
  /** The timer runs only while this is true (e.g. not on the welcome screen). */
  enabled: MaybeRefOrGetter<boolean>
  onIdle: () => void
  /** Runs on every touch, mouse or keyboard activity, e.g. to tell main someone is still there. */
  onActivity?: () => void
  /** Injected for tests; defaults to `window`. */
  target?: Pick<Window, 'addEventListener' | 'removeEventListener'>
}

const activityEvents = ['pointerdown', 'keydown', 'wheel', 'input'] as const

/** Calls `onIdle` once after `timeoutMs` without touch, mouse or keyboard activity. */
export function useIdleTimer({ timeoutMs, enabled, onIdle, onActivity, target = window }: IdleTimerOptions): { restart: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined

  const restart = (): void => {
    clearTimeout(timer)
    if (toValue(enabled)) timer = setTimeout(onIdle, toValue(timeoutMs))
  }

  const active = (): void => {
    restart()
    onActivity?.()
  }

  for (const name of activityEvents) target.addEventListener(name, active, { capture: true, passive: true })
  watch(() => [toValue(enabled), toValue(timeoutMs)], restart, { immediate: true })

  onScopeDispose(() => {
    clearTimeout(timer)
    for (const name of activityEvents) target.removeEventListener(name, active, { capture: true })
  })
  return { restart }
}
