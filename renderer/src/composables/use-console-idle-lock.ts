import { onScopeDispose, toValue, type MaybeRefOrGetter } from 'vue'
import { useIdleTimer } from './use-idle-timer'

export interface ConsoleIdleLockOptions {
  /** The staff idle setting: minutes without use before the console locks. */
  idleMinutes: MaybeRefOrGetter<number>
  onIdle: () => void
  /** Tells main the console is in use; its session slides only with calls, not with typing. */
  keepAlive: () => Promise<unknown>
  /** Injected for tests; defaults to `window`. */
  target?: Pick<Window, 'addEventListener' | 'removeEventListener'>
}

/**
 * The staff console locks after the staff idle setting without use, never after the visitor
 * screens' shorter one. Activity is passed on to main at most ten times per idle period, the last
 * one after the activity ends, so main's session never runs out before this timer does.
 */
export function useConsoleIdleLock({ idleMinutes, onIdle, keepAlive, target = window }: ConsoleIdleLockOptions): void {
  let lastSentAt = 0
  let trailing: ReturnType<typeof setTimeout> | undefined
  const idleMs = (): number => toValue(idleMinutes) * 60_000

  const send = (): void => {
    lastSentAt = Date.now()
    void keepAlive().catch(() => undefined)
  }

  const noteActivity = (): void => {
    const wait = lastSentAt + idleMs() / 10 - Date.now()
    if (wait <= 0) send()
    else
      trailing ??= setTimeout(() => {
        trailing = undefined
        send()
      }, wait)
  }

  useIdleTimer({ timeoutMs: idleMs, enabled: true, onIdle, onActivity: noteActivity, target })
  onScopeDispose(() => clearTimeout(trailing))
}
