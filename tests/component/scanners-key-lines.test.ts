import { describe, expect, it } from 'vitest'
import type { TimedKey } from '@shared/domain/scanning/keyboard-burst-classifier'
import { captureLinePauseMs, keyTimings, splitKeyLines } from '@renderer/components/scanners/key-line-readout'

const key = (code: string, atMs: number): TimedKey => ({ code, key: code.replace('Digit', ''), shift: false, atMs })

describe('test lines from the capture box', () => {
  it('ends a line at Enter or Tab, or after a pause, and holds back a line that may still go on', () => {
    const keys = [key('Digit1', 0), key('Enter', 30), key('Digit2', 100), key('Tab', 130), key('Digit3', 200), key('Digit4', 200 + captureLinePauseMs + 1), key('Digit5', 5_000)]
    const lines = splitKeyLines(keys, 5_100).map((line) => line.map(({ code }) => code))
    expect(lines).toEqual([['Digit1', 'Enter'], ['Digit2', 'Tab'], ['Digit3'], ['Digit4']])
    expect(splitKeyLines(keys, 5_000 + captureLinePauseMs + 1)).toHaveLength(5)
  })

  it('measures the gaps between keys, with the median of an even count halfway', () => {
    expect(keyTimings([key('Digit1', 0), key('Digit2', 10), key('Digit3', 40), key('Digit4', 100), key('Enter', 120)])).toEqual({
      gapsMs: [10, 30, 60, 20],
      minMs: 10,
      medianMs: 25,
      maxMs: 60,
    })
    expect(keyTimings([key('Digit1', 0)])).toBeNull()
  })
})
