import { addMinutes, subDays } from 'date-fns'
import { clockToleranceMinutes } from '@shared/domain/access-window'
import type { UnlockRefusal } from '@shared/domain/unlock-diagnosis'
import type { KisiClient } from '../kisi/kisi-client'
import { kisiErrorCatalog } from '../kisi/kisi-error-catalog'

/** How far back Diagnose looks in Kisi's access log; a week covers "it failed on Monday". */
const lookBackDays = 7
/** Kisi assembles event sets in the background; a person waiting at the console gets up to this. */
const maxWaitMs = 10_000

/**
 * The person's most recent refused unlock of the door, from Kisi's access log, with Kisi's code in
 * words. This is the evidence the data alone cannot give (a tap-to-access rule, a geofence, a
 * restriction since lifted). `'unavailable'` when the log cannot be read: the rest of the diagnosis
 * still stands.
 */
export async function lastRefusedUnlock(client: KisiClient, userId: number, lockId: number, now: Date): Promise<UnlockRefusal | 'unavailable' | null> {
  try {
    let last: UnlockRefusal | null = null
    const events = client.events.events(
      {
        from: subDays(now, lookBackDays).toISOString(),
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
      if (event.success) continue
      const code = event.errorCode ?? event.code ?? null
      if (last === null || Date.parse(event.createdAt) >= Date.parse(last.at)) {
        last = { at: event.createdAt, code, wording: code ? (kisiErrorCatalog[code] ?? null) : null }
      }
    }
    return last
  } catch {
    return 'unavailable'
  }
}
