import { z } from 'zod'
import { type Denial, denials } from './wire-errors'

export interface FaultSettings {
  /** Added delay before every API response. */
  latencyMs: number
  /** 0..1 probability of a 503 `ffffff`. */
  errorRate: number
  /** The next N API requests answer 429; counts down to 0. */
  rateLimitBurst: number
  /** 0..1 probability of destroying the socket without a response, before the request is carried out. */
  dropRate: number
  /** 0..1 probability of carrying the request out, then destroying the socket without the answer. */
  lostAnswerRate: number
  /**
   * The next N POST requests (creates) are carried out late: their connection is closed without an
   * answer (at once, or after the latency), as a client's timeout ends its wait, and Kisi acts
   * `lateCreateDelayMs` after the request arrived, whatever became of the client. Counts down to 0.
   */
  lateCreates: number
  /** How long after its arrival a late create is carried out. */
  lateCreateDelayMs: number
  /** The sandbox's now = real now + skew: moves validity checks and timestamps. */
  clockSkewMs: number
}

export interface FaultControl {
  get(): FaultSettings
  /** Throws a RangeError naming the first bad field; nothing changes then. */
  set(patch: Partial<FaultSettings>): void
  reset(): void
}

export const noFaults: Readonly<FaultSettings> = Object.freeze({
  latencyMs: 0,
  errorRate: 0,
  rateLimitBurst: 0,
  dropRate: 0,
  lostAnswerRate: 0,
  lateCreates: 0,
  // Longer than a usual client timeout (the kiosk's is 8 s); inert while lateCreates is 0.
  lateCreateDelayMs: 10_000,
  clockSkewMs: 0,
})

const rate = z.number().min(0).max(1)
const delay = z.number().int().min(0).max(600_000)
/** A patch from tests, the CLI or `POST /__sandbox/faults`; unknown keys are refused so typos show. */
export const faultPatchSchema = z.strictObject({
  latencyMs: delay,
  errorRate: rate,
  rateLimitBurst: z.number().int().min(0),
  dropRate: rate,
  lostAnswerRate: rate,
  lateCreates: z.number().int().min(0),
  lateCreateDelayMs: delay,
  clockSkewMs: z.number().int(),
}).partial()

export type FaultOutcome =
  | { kind: 'pass' }
  | { kind: 'drop' }
  | { kind: 'deny'; denial: Denial }
  /** Carry the request out, then close the connection without the answer. */
  | { kind: 'lose-answer' }
  /** Close the connection without an answer, and carry the request out `delayMs` after it arrived. */
  | { kind: 'late'; delayMs: number }

export interface FaultInjector extends FaultControl {
  /** Decides what happens to one API request; a 429 burst or a late create is used up by this call. */
  next(random: () => number, method: string): FaultOutcome
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
    next(random, method) {
      if (chance(settings.dropRate, random)) return { kind: 'drop' }
      if (settings.rateLimitBurst > 0) {
        settings = { ...settings, rateLimitBurst: settings.rateLimitBurst - 1 }
        return { kind: 'deny', denial: denials.tooManyRequests }
      }
      if (chance(settings.errorRate, random)) return { kind: 'deny', denial: denials.unexpected }
      if (method === 'POST' && settings.lateCreates > 0) {
        settings = { ...settings, lateCreates: settings.lateCreates - 1 }
        return { kind: 'late', delayMs: settings.lateCreateDelayMs }
      }
      if (chance(settings.lostAnswerRate, random)) return { kind: 'lose-answer' }
      return { kind: 'pass' }
    },
  }
}
