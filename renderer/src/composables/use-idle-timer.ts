import { onScopeDispose, toValue, watch, type MaybeRefOrGetter } from 'vue'

export interface IdleTimerOptions {
  /** Milliseconds without input before `onIdle` runs. */
  timeoutMs: MaybeRefOrGetter<number>
  /** The timer runs only while this is true (e.g. not on the welcome screen). */
  enabled: MaybeRefOrGetter<boolean>
  onIdle: () => void
  /** Injected for tests; defaults to `window`. */
  target?: Pick<Window, 'addEventListener' | 'removeEventListener'>
}

const activityEvents = ['pointerdown', 'keydown', 'wheel', 'input'] as const

/** Calls `onIdle` once after `timeoutMs` without touch, mouse or keyboard activity. */
export function useIdleTimer({ timeoutMs, enabled, onIdle, target = window }: IdleTimerOptions): { restart: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined

  const restart = (): void => {
    clearTimeout(timer)
    if (toValue(enabled)) timer = setTimeout(onIdle, toValue(timeoutMs))
  }

  for (const name of activityEvents) target.addEventListener(name, restart, { capture: true, passive: true })
  watch(() => [toValue(enabled), toValue(timeoutMs)], restart, { immediate: true })

  onScopeDispose(() => {
    clearTimeout(timer)
    for (const name of activityEvents) target.removeEventListener(name, restart, { capture: true })
  })
  return { restart }
}
