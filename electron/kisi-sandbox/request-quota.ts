/** A per-key quota: at most `limit` admitted requests within any window of `windowMs`. */
export interface RequestQuota {
  /** Admits the request (and counts it) or refuses it (not counted, so a client that backs off recovers). */
  tryTake(key: string, now: number): boolean
  reset(): void
}

/** A sliding log rather than fixed buckets, so a burst straddling a second boundary is still caught. */
export function createRequestQuota(limit: number, windowMs = 1000): RequestQuota {
  const admitted = new Map<string, number[]>()
  return {
    tryTake(key, now) {
      const recent = (admitted.get(key) ?? []).filter((time) => time > now - windowMs)
      if (recent.length >= limit) {
        admitted.set(key, recent)
        return false
      }
      recent.push(now)
      admitted.set(key, recent)
      return true
    },
    reset() {
      admitted.clear()
    },
  }
}
