import { parseArgs } from 'node:util'
import { z } from 'zod'
import type { FaultSettings } from './fault-settings'

export interface SandboxCliOptions {
  port: number
  faults: Partial<FaultSettings>
}

const whole = (min: number, max = Number.MAX_SAFE_INTEGER) => z.coerce.number().int().min(min).max(max)
const rate = z.coerce.number().min(0).max(1)

/** Each flag with the fault it sets, its rule, and how the rule reads in an error message. */
const faultFlags = {
  latency: { fault: 'latencyMs', schema: whole(0, 600_000), rule: 'a whole number of milliseconds from 0 to 600000' },
  'error-rate': { fault: 'errorRate', schema: rate, rule: 'a number from 0 to 1' },
  'drop-rate': { fault: 'dropRate', schema: rate, rule: 'a number from 0 to 1' },
  'lost-answer-rate': { fault: 'lostAnswerRate', schema: rate, rule: 'a number from 0 to 1' },
  'late-creates': { fault: 'lateCreates', schema: whole(0), rule: 'a whole number of 0 or more' },
  'late-create-delay': { fault: 'lateCreateDelayMs', schema: whole(0, 600_000), rule: 'a whole number of milliseconds from 0 to 600000' },
  'rate-limit-burst': { fault: 'rateLimitBurst', schema: whole(0), rule: 'a whole number of 0 or more' },
  'clock-skew': { fault: 'clockSkewMs', schema: whole(Number.MIN_SAFE_INTEGER), rule: 'a whole number of milliseconds (negative = behind)' },
} as const satisfies Record<string, { fault: keyof FaultSettings; schema: z.ZodType<number>; rule: string }>

/**
 * `--port`, `--latency <ms>`, `--error-rate <0..1>`, `--drop-rate <0..1>`, `--lost-answer-rate <0..1>`,
 * `--late-creates <n>`, `--late-create-delay <ms>`, `--rate-limit-burst <n>`, `--clock-skew <ms>` (write
 * a negative skew as `--clock-skew=-5000`). Throws one plain message.
 */
export function parseSandboxOptions(argv: readonly string[]): SandboxCliOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      port: { type: 'string' },
      latency: { type: 'string' },
      'error-rate': { type: 'string' },
      'drop-rate': { type: 'string' },
      'lost-answer-rate': { type: 'string' },
      'late-creates': { type: 'string' },
      'late-create-delay': { type: 'string' },
      'rate-limit-burst': { type: 'string' },
      'clock-skew': { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  })
  const parse = (flag: string, schema: z.ZodType<number>, rule: string, raw: string): number => {
    // z.coerce turns '' into 0; an empty value is a mistake, not a zero.
    const parsed = raw.trim() === '' ? null : schema.safeParse(raw)
    if (!parsed?.success) throw new Error(`--${flag} must be ${rule} (got "${raw}")`)
    return parsed.data
  }
  const faults: Partial<FaultSettings> = {}
  for (const [flag, spec] of Object.entries(faultFlags)) {
    const raw = values[flag as keyof typeof faultFlags]
    if (raw !== undefined) faults[spec.fault] = parse(flag, spec.schema, spec.rule, raw)
  }
  const port = values.port === undefined ? 0 : parse('port', whole(0, 65535), 'a whole number from 0 to 65535', values.port)
  return { port, faults }
}
