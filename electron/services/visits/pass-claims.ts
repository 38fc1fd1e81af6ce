import { createHash, randomBytes } from 'node:crypto'
import type { Clock } from '../ports'

/**
 * Longer than any "access will be ready shortly" screen stays up (the pass display is at most
 * 300 s), so a claim outlives the screen that holds it, but not by hours.
 */
const claimLifetimeMs = 15 * 60_000

const hashOf = (claim: string): string => createHash('sha256').update(claim).digest('hex')

/**
 * The secrets handed to the screens still waiting for a visitor's link. The visitor's screens are
 * public, so a waiting screen may fetch the pass of the visit it created and of no other: it proves
 * which visit by the claim it was given at check-in. Only hashes are kept, and only in memory: after
 * a restart the screen keeps sending its visitor to reception, which still holds the pass.
 */
export class PassClaims {
  readonly #clock: Clock
  readonly #claims = new Map<string, { visitId: string; expiresAt: number }>()

  constructor(clock: Clock) {
    this.#clock = clock
  }

  /** A new claim on the visit's pass, for the one screen that checked the visitor in. */
  issue(visitId: string): string {
    this.#forgetExpired()
    const claim = randomBytes(32).toString('base64url')
    this.#claims.set(hashOf(claim), { visitId, expiresAt: this.#clock.now().getTime() + claimLifetimeMs })
    return claim
  }

  /** The visit the claim was issued for, or undefined for a claim never issued or expired. */
  visitOf(claim: string): string | undefined {
    this.#forgetExpired()
    return this.#claims.get(hashOf(claim))?.visitId
  }

  /** Whether some screen may still be waiting for this visit's link. */
  isClaimed(visitId: string): boolean {
    this.#forgetExpired()
    for (const entry of this.#claims.values()) if (entry.visitId === visitId) return true
    return false
  }

  #forgetExpired(): void {
    const now = this.#clock.now().getTime()
    for (const [hash, entry] of this.#claims) if (entry.expiresAt <= now) this.#claims.delete(hash)
  }
}
