export interface RestartPolicy {
  /** Delay before reloading the first time. */
  baseDelayMs: number
  maxDelayMs: number
  /** Restarts counted within this window; older ones are forgotten. */
  windowMs: number
  /** More restarts than this inside the window: relaunch the whole app instead. */
  maxRestarts: number
}

export const defaultRestartPolicy: RestartPolicy = {
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  windowMs: 10 * 60_000,
  maxRestarts: 5,
}

export type RestartDecision = { action: 'reload'; delayMs: number } | { action: 'relaunch' }

/**
 * Decides what to do when the renderer process dies: reload after an exponentially growing delay,
 * and relaunch the app when it keeps dying, so a kiosk never sits on a blank window.
 */
export function createRestartPlanner(policy: RestartPolicy = defaultRestartPolicy) {
  let recent: number[] = []
  return (nowMs: number): RestartDecision => {
    recent = [...recent.filter((at) => nowMs - at < policy.windowMs), nowMs]
    if (recent.length > policy.maxRestarts) {
      recent = []
      return { action: 'relaunch' }
    }
    const delayMs = Math.min(policy.baseDelayMs * 2 ** (recent.length - 1), policy.maxDelayMs)
    return { action: 'reload', delayMs }
  }
}
