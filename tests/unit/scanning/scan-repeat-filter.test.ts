import { describe, expect, it } from 'vitest'
import { ScanRepeatFilter } from '@shared/domain/scanning/scan-repeat-filter'

describe('the repeat filter', () => {
  it('drops the same value from the same reader within 2 s, and restarts the window on each repeat', () => {
    const filter = new ScanRepeatFilter()
    expect(filter.isNew('a', '12345', 0)).toBe(true)
    expect(filter.isNew('a', '12345', 1_999)).toBe(false)
    // A card left on the pad keeps being read: still one scan.
    expect(filter.isNew('a', '12345', 3_500)).toBe(false)
    expect(filter.isNew('a', '12345', 5_500)).toBe(true)
  })

  it('takes another value, the same value from another reader, and a value read again after forgetting', () => {
    const filter = new ScanRepeatFilter()
    expect(filter.isNew('a', '12345', 0)).toBe(true)
    expect(filter.isNew('b', '12345', 10)).toBe(true)
    expect(filter.isNew('a', '54321', 20)).toBe(true)
    expect(filter.isNew('a', '12345', 30)).toBe(true)
    filter.forget('a')
    expect(filter.isNew('a', '12345', 40)).toBe(true)
  })

  it('does not drop a value when the clock went back (a corrected system time)', () => {
    const filter = new ScanRepeatFilter()
    expect(filter.isNew('a', '12345', 10_000)).toBe(true)
    expect(filter.isNew('a', '12345', 5_000)).toBe(true)
  })
})
