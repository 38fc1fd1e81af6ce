import { describe, expect, it } from 'vitest'
import { RecentEntries } from '../../../electron/services/scanners/recent-entries'

describe('RecentEntries', () => {
  it('answers what was pushed, oldest first, while it has room', () => {
    const entries = new RecentEntries<number>(3)
    expect(entries.toArray()).toEqual([])
    entries.push(1)
    entries.push(2)
    expect(entries.toArray()).toEqual([1, 2])
  })

  it('keeps only the last entries once full, in order, however many more come', () => {
    const entries = new RecentEntries<number>(3)
    for (let value = 1; value <= 10_000; value += 1) entries.push(value)
    expect(entries.toArray()).toEqual([9_998, 9_999, 10_000])
  })
})
