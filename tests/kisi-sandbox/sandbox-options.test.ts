import { describe, expect, it } from 'vitest'
import { parseSandboxOptions } from '../../electron/kisi-sandbox/sandbox-options'

describe('npm run sandbox options', () => {
  it('defaults to a free port and no faults', () => {
    expect(parseSandboxOptions([])).toEqual({ port: 0, faults: {} })
  })

  it('reads every flag into the fault it sets', () => {
    const argv = [
      ...['--port', '4010', '--latency', '250', '--error-rate', '0.2', '--drop-rate=0.05', '--lost-answer-rate', '0.1'],
      ...['--late-creates', '2', '--late-create-delay', '9000', '--rate-limit-burst', '3', '--clock-skew=-60000'],
    ]
    expect(parseSandboxOptions(argv)).toEqual({
      port: 4010,
      faults: { latencyMs: 250, errorRate: 0.2, dropRate: 0.05, lostAnswerRate: 0.1, lateCreates: 2, lateCreateDelayMs: 9000, rateLimitBurst: 3, clockSkewMs: -60000 },
    })
  })

  it.each([
    [['--port', 'eighty'], '--port must be a whole number from 0 to 65535 (got "eighty")'],
    [['--error-rate', '1.5'], '--error-rate must be a number from 0 to 1 (got "1.5")'],
    [['--latency', ''], '--latency must be a whole number of milliseconds from 0 to 600000 (got "")'],
    [['--lost-answer-rate', '2'], '--lost-answer-rate must be a number from 0 to 1 (got "2")'],
    [['--late-creates', '1.5'], '--late-creates must be a whole number of 0 or more (got "1.5")'],
    [['--rate-limit-burst', '-1'], 'argument is ambiguous'],
    [['--verbose'], "Unknown option '--verbose'"],
  ])('refuses %j with one plain message', (argv, message) => {
    expect(() => parseSandboxOptions(argv)).toThrow(message)
  })
})
