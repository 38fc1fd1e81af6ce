import { z } from 'zod'
import { type Denial, denials } from './wire-errors'

export interface FaultSettings {
  /** Added delay before every API response. */
  latencyMs: number
  /** 0..1 probability of a 503 `ffffff`. */
  errorRate: number
  /** The next N API requests answer 429; counts down to 0. */
  rateLimitBurst: number
  /** 0..1 probability of destroying the socket without a response. */
  dropRate: number
  /** The sandbox's now = real now + skew: moves validity checks and timestamps. */
  clockSkewMs: number
}

export interface FaultControl {
  get(): FaultSettings
  /** Throws a RangeError naming the first bad field; nothing changes then. */
  set(patch: Partial<FaultSettings>): void
  reset(): void
}

export const noFaults: Readonly<FaultSettings> = Object.freeze({ latencyMs: 0, errorRate: 0, rateLimitBurst: 0, dropRate: 0, clockSkewMs: 0 })

const rate = z.number().min(0).max(1)
/** A patch from tests, the CLI or `POST /__sandbox/faults`; unknown keys are refused so typos show. */
export const faultPatchSchema = z.strictObject({
  latencyMs: z.number().int().min(0).max(600_000),
  errorRate: rate,
  rateLimitBurst: z.number().int().min(0),
  dropRate: rate,
  clockSkewMs: z.number().int(),
}).partial()

export type FaultOutcome = { kind: 'pass' } | { kind: 'drop' } | { kind: 'deny'; denial: Denial }

export interface FaultInjector extends FaultControl {
  /** Decides what happens to one API request; a 429 burst is used up by this call. */
  next(random: () => number): FaultOutcome
}

export function createFaultInjector(initial: Partial<FaultSettings> = {}): FaultInjector {
  let settings: FaultSettings = { ...noFaults }
  const set = (patch: Partial<FaultSettings>): void => {
    const parsed = faultPatchSchema.safeParse(patch)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      throw new RangeError(`Invalid fault setting ${issue?.path.join('.') || '(patch)'}: ${issue?.message ?? 'invalid'}`)
    }
    settings = { ...settings, ...parsed.data }
  }
  set(initial)
  // random() is only drawn for a rate above 0, so a test's scripted sequence of numbers is not
  // consumed by faults it did not switch on.
  const chance = (probability: number, random: () => number): boolean => probability > 0 && random() < probability
  return {
    get: () => ({ ...settings }),
    set,
    reset: () => {
      settings = { ...noFaults }
    },
    next(random) {
      if (chance(settings.dropRate, random)) return { kind: 'drop' }
      if (settings.rateLimitBurst > 0) {
        settings = { ...settings, rateLimitBurst: settings.rateLimitBurst - 1 }
        return { kind: 'deny', denial: denials.tooManyRequests }
      }
      if (chance(settings.errorRate, random)) return { kind: 'deny', denial: denials.unexpected }
      return { kind: 'pass' }
    },
  }
}
