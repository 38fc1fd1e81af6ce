import { addMinutes, subDays } from 'date-fns'
import { clockToleranceMinutes } from '@shared/domain/access-window'
import type { UnlockRefusal } from '@shared/domain/unlock-diagnosis'
import type { KisiClient } from '../kisi/kisi-client'
import { kisiErrorCatalog } from '../kisi/kisi-error-catalog'

/**
 * Kisi hands an event set out oldest first. The last day is read first, since a recent failure is
 * what staff are asked about, and the week only when that day has none.
 */
const lookBackDays = [1, 7] as const
/** Kisi assembles event sets in the background; a person waiting at the console gets up to this. */
const maxWaitMs = 10_000
/** A person refused all day long still gets a quick answer: the newest of the first few pages. */
const maxEventsRead = 500

/**
 * The person's most recent refused unlock of the door, from Kisi's access log, with Kisi's code in
 * words. This is the evidence the data alone cannot give (a tap-to-access rule, a geofence, a
 * restriction since lifted). `'unavailable'` when the log cannot be read: the rest of the diagnosis
 * still stands.
 */
export async function lastRefusedUnlock(client: KisiClient, userId: number, lockId: number, now: Date): Promise<UnlockRefusal | 'unavailable' | null> {
  try {
    for (const days of lookBackDays) {
      const found = await newestRefusal(client, userId, lockId, subDays(now, days), now)
      if (found) return found
    }
    return null
  } catch {
    return 'unavailable'
  }
}

async function newestRefusal(client: KisiClient, userId: number, lockId: number, from: Date, now: Date): Promise<UnlockRefusal | null> {
  let newest: UnlockRefusal | null = null
  let read = 0
  const events = client.events.events(
    {
      from: from.toISOString(),
      // Kisi stamps events by its own clock, which may run ahead of the kiosk's.
      until: addMinutes(now, clockToleranceMinutes).toISOString(),
      eventType: 'lock.unlock',
      actor: { type: 'User', id: userId },
      object: { type: 'Lock', id: lockId },
      success: false,
    },
    { maxWaitMs },
  )
  for await (const event of events) {
    if (!event.success && (newest === null || Date.parse(event.createdAt) >= Date.parse(newest.at))) {
      const code = event.errorCode ?? event.code ?? null
      newest = { at: event.createdAt, code, wording: code ? (kisiErrorCatalog[code] ?? null) : null }
    }
    read += 1
    if (read >= maxEventsRead) break
  }
  return newest
}
