import { recordEvent } from './event-log'
import type { Caller, LockRecord, Millis } from './sandbox-model'
import type { SandboxState } from './sandbox-state'
import { decideUnlock } from './unlock-rules'
import { type Denial, denials, SandboxWireError } from './wire-errors'

/** How long a door reports `unlocked: true` after a successful unlock (hardware decides in reality). */
const unlockedForMs = 5_000

export interface UnlockOutcome {
  lock: LockRecord
  /** null when the door was unlocked. */
  denial: Denial | null
}

/**
 * One unlock attempt, shared by `POST /locks/{id}/unlock` and the access-link page so both follow
 * the same rules and leave the same `lock.unlock` event, success or not. An unknown door is a 404
 * without an event: there is no object to log it against.
 */
export function performUnlock(state: SandboxState, caller: Caller, lockId: number, now: Millis, proximityProof: string | null): UnlockOutcome {
  const lock = state.locks.find((candidate) => candidate.id === lockId)
  if (!lock) throw new SandboxWireError(denials.doorNotFound)
  const decision = decideUnlock(state, caller, lock, now, proximityProof)
  recordEvent(state, now, {
    type: 'lock.unlock',
    caller,
    object: { type: 'Lock', id: lock.id, name: lock.name },
    placeId: lock.placeId,
    ...(decision.allowed ? { authorizedBy: decision.authorizedBy } : { denial: decision.denial }),
  })
  if (!decision.allowed) return { lock, denial: decision.denial }
  lock.unlockedUntil = now + unlockedForMs
  if (caller.kind === 'group-link') caller.link.lastUsedAt = now
  else caller.user.lastAccessedAt = now
  return { lock, denial: null }
}
