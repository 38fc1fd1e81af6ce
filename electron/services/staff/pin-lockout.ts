/** Wrong PINs allowed before the PIN screen locks. */
export const allowedFailures = 5
const firstLockMs = 30_000
const longestLockMs = 30 * 60_000

/**
 * How long the PIN screen stays locked after this many consecutive failures: nothing for the first
 * four, then 30 s doubling with each further failure, capped at 30 min.
 */
export function lockoutDelayMs(failedAttempts: number): number {
  if (failedAttempts < allowedFailures) return 0
  return Math.min(firstLockMs * 2 ** (failedAttempts - allowedFailures), longestLockMs)
}
